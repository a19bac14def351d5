import { STATUS_TONES, type Column, type RowCells, type Tone } from './report-model.ts'

/**
 * The short text of a matrix cell: its status in words, with a count where one helps.
 *
 * @example
 * cellLabel('verified', { status: 'mismatch', result: { mismatches: [a, b] } }) // 'mismatch (2)'
 */
export function cellLabel<C extends Column>(column: C, cell: RowCells[C]): string {
  const words = cell.status.replace(/-/g, ' ')
  const cells = { [column]: cell } as Partial<RowCells>
  if (cells.documented?.assumed.length) {
    const refuted = cells.documented.assumed.filter((item) => item.verdict?.verdict === 'refuted').length
    return `${words} · ${cells.documented.assumed.length} assumed${refuted ? `, ${refuted} refuted` : ''}`
  }
  if (cells.replayed?.status === 'served' && cells.replayed.tests.length) return `${words} (${cells.replayed.tests.length})`
  if ((cells.verified?.status === 'mismatch' || cells.verified?.status === 'pending-mismatch') && cells.verified.result?.mismatches.length)
    return `${words} (${cells.verified.result.mismatches.length})`
  if (cells.drift?.changes.length) return `${words} (${cells.drift.changes.length})`
  return words
}

/**
 * The tone of a cell, from the status table.
 *
 * @example
 * cellTone({ status: 'unavailable' }) // 'warn'
 */
export function cellTone(cell: { status: keyof typeof STATUS_TONES }): Tone {
  return STATUS_TONES[cell.status]
}
