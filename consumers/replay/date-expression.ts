const UNIT_MS: Readonly<Record<string, number>> = {
  millisecond: 1,
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
}

/**
 * Evaluates a Pact date/time expression (`now`, `today`, `tomorrow`, `yesterday`,
 * `+ 1 day`, `now - 2 hours`, `today @ midnight`, `tomorrow @ 10:00`, `next month`, `last year`)
 * against a clock, in UTC. Returns undefined for expressions it does not know, so the caller can
 * name the interaction that uses one.
 *
 * @example
 * evaluateDateExpression('now + 1 minute', Date.UTC(2025, 0, 1)) // Date 2025-01-01T00:01:00Z
 */
export function evaluateDateExpression(expression: string | undefined, now: number): Date | undefined {
  const text = (expression ?? '').trim().toLowerCase()
  const [datePart = '', timePart] = text.split('@').map((part) => part.trim())
  const date = new Date(now)
  let rest = datePart
  const base = /^(now|today|tomorrow|yesterday)\b/.exec(rest)
  if (base) {
    if (base[1] === 'tomorrow') date.setUTCDate(date.getUTCDate() + 1)
    if (base[1] === 'yesterday') date.setUTCDate(date.getUTCDate() - 1)
    rest = rest.slice(base[0].length).trim()
  }
  const step = /^(?:([+-])\s*(\d+)|(next|last))\s*(millisecond|second|minute|hour|day|week|month|year)s?\s*/
  while (rest !== '') {
    const found = step.exec(rest)
    if (found === null) return undefined
    const [whole, sign, amount, word, unit = ''] = found
    const count = word === undefined ? Number(amount) * (sign === '-' ? -1 : 1) : word === 'next' ? 1 : -1
    if (unit === 'month') addMonths(date, count)
    else if (unit === 'year') addMonths(date, 12 * count)
    else date.setTime(date.getTime() + count * UNIT_MS[unit]!)
    rest = rest.slice(whole.length).trim()
  }
  if (timePart !== undefined && !setTime(date, timePart)) return undefined
  return date
}

/** Adds months the way java.time does: the 31st plus a month is the last day of a shorter month, not the 3rd of the next. */
function addMonths(date: Date, count: number): void {
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + count)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
}

function setTime(date: Date, text: string): boolean {
  if (text === 'midnight') return (void date.setUTCHours(0, 0, 0, 0), true)
  if (text === 'noon') return (void date.setUTCHours(12, 0, 0, 0), true)
  const clock = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/.exec(text)
  if (clock === null) return false
  let hours = Number(clock[1])
  if (clock[4] === 'pm' && hours < 12) hours += 12
  if (clock[4] === 'am' && hours === 12) hours = 0
  date.setUTCHours(hours, Number(clock[2] ?? 0), Number(clock[3] ?? 0), 0)
  return true
}
