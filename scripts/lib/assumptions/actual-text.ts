import type { ReportedMismatch } from './mismatch-field.ts'

/** Characters of what the vendor answered, at most, in the ledger and the catalog. */
export const MAX_ACTUAL = 200

function text(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * What the vendor answered, in one short line: each refuting mismatch's `actual` (already redacted
 * in the verify report), or its detail when it has none, distinct values joined by `; ` and cut at
 * {@link MAX_ACTUAL} characters.
 *
 * @example
 * actualText([{ field: 'header Content-Type', actual: 'text/plain' }, { field: 'body content type', actual: 'text/plain' }]) // 'text/plain'
 */
export function actualText(mismatches: readonly ReportedMismatch[]): string {
  const values = [...new Set(mismatches.map((mismatch) => (mismatch.actual === undefined ? (mismatch.detail ?? 'no answer') : text(mismatch.actual))))]
  const joined = values.join('; ').replace(/\s+/g, ' ').trim()
  return joined.length > MAX_ACTUAL ? `${joined.slice(0, MAX_ACTUAL - 1)}…` : joined
}
