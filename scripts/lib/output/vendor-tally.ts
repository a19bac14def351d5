/** How far one vendor's run has come. */
export interface VendorTally {
  vendor: string
  done: number
  /** How many steps the vendor has in all, when known. */
  total: number | undefined
}

/** How a vendor's run ended: all well, something failed, or something could not be checked. */
export type VendorOutcome = 'ok' | 'failed' | 'warning'

/** The mark and colour for each outcome, on a terminal and in plain lines. */
export const OUTCOME_MARKS = {
  ok: { symbol: '✓', word: 'ok', colour: 'green' },
  failed: { symbol: '✗', word: 'FAILED', colour: 'red' },
  warning: { symbol: '!', word: 'warning', colour: 'yellow' },
} as const

/**
 * `3/10` when the total is known, else `3`.
 *
 * @example
 * tallyText({ vendor: 'usta', done: 3, total: 10 }) // '3/10'
 */
export function tallyText(tally: VendorTally): string {
  return tally.total === undefined ? String(tally.done) : `${tally.done}/${tally.total}`
}

/**
 * The one status line shown on a terminal, cut to the terminal's width.
 *
 * @example
 * statusLine('verify', [{ vendor: 'aplos', done: 2, total: 9 }], 80) // 'verify  aplos 2/9'
 */
export function statusLine(task: string, running: readonly VendorTally[], columns: number | undefined): string {
  const line = `${task}  ${running.map((tally) => `${tally.vendor} ${tallyText(tally)}`).join(' · ')}`
  const width = Math.max(10, (columns || 80) - 1)
  return line.length > width ? `${line.slice(0, width - 1)}…` : line
}

/**
 * The quarter (0 to 4) a vendor has reached, so plain-line output can say "50%" once, not every step.
 *
 * @example
 * quarterOf({ vendor: 'aplos', done: 5, total: 10 }) // 2
 */
export function quarterOf(tally: VendorTally): number {
  if (!tally.total) return 0
  return Math.floor((Math.min(tally.done, tally.total) / tally.total) * 4)
}
