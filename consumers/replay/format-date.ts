const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Each Java DateTimeFormatter letter run the replay supports, formatted in UTC. */
const FIELDS: ReadonlyArray<readonly [RegExp, (date: Date, width: number) => string]> = [
  [/^y+/, (d, w) => (w === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), w))],
  [/^u+/, (d, w) => (w === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), w))],
  [/^M+/, (d, w) => (w >= 4 ? MONTHS[d.getUTCMonth()]! : w === 3 ? MONTHS[d.getUTCMonth()]!.slice(0, 3) : pad(d.getUTCMonth() + 1, w))],
  [/^L+/, (d, w) => pad(d.getUTCMonth() + 1, w)],
  [/^d+/, (d, w) => pad(d.getUTCDate(), w)],
  [/^D+/, (d, w) => pad(dayOfYear(d), w)],
  [/^E+/, (d, w) => (w >= 4 ? DAYS[d.getUTCDay()]! : DAYS[d.getUTCDay()]!.slice(0, 3))],
  [/^H+/, (d, w) => pad(d.getUTCHours(), w)],
  [/^h+/, (d, w) => pad(d.getUTCHours() % 12 || 12, w)],
  [/^m+/, (d, w) => pad(d.getUTCMinutes(), w)],
  [/^s+/, (d, w) => pad(d.getUTCSeconds(), w)],
  [/^S+/, (d, w) => pad(d.getUTCMilliseconds(), 3).padEnd(w, '0').slice(0, w)],
  [/^a+/, (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
  [/^X+/, () => 'Z'],
  [/^x+/, (_d, w) => (w === 1 ? '+00' : w === 2 || w === 4 ? '+0000' : '+00:00')],
  [/^Z+/, (_d, w) => (w >= 4 ? 'GMT' : '+0000')],
  [/^[zVO]+/, () => 'UTC'],
]

/**
 * Formats a date with a Java `DateTimeFormatter` pattern (what Pact's date, time and datetime
 * generators use), in UTC. Returns undefined for a pattern letter it does not know.
 *
 * @example
 * formatDate(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)), "yyyy-MM-dd'T'HH:mm:ssXXX") // '2025-01-02T03:04:05Z'
 */
export function formatDate(date: Date, pattern: string): string | undefined {
  let out = ''
  let rest = pattern
  while (rest !== '') {
    if (rest.startsWith("''")) {
      out += "'"
      rest = rest.slice(2)
      continue
    }
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1)
      out += end === -1 ? rest.slice(1) : rest.slice(1, end)
      rest = end === -1 ? '' : rest.slice(end + 1)
      continue
    }
    if (!/^[A-Za-z]/.test(rest)) {
      out += rest[0]
      rest = rest.slice(1)
      continue
    }
    const field = FIELDS.find(([letters]) => letters.test(rest))
    if (field === undefined) return undefined
    const run = field[0].exec(rest)![0]
    out += field[1](date, run.length)
    rest = rest.slice(run.length)
  }
  return out
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

function dayOfYear(date: Date): number {
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
}
