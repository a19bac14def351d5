import type { Mismatch } from '../../../../providers/verification/interaction-outcome.ts'

/**
 * One line for a mismatch: the field, what the contract expects and what the vendor answered.
 *
 * @example
 * describeMismatch({ field: 'status', expected: 404, actual: 410, detail: '' }) // 'status: expected 404, got 410'
 */
export function describeMismatch(mismatch: Mismatch): string {
  const show = (value: unknown) => (typeof value === 'string' ? clip(value) : clip(JSON.stringify(value) ?? 'nothing'))
  if (mismatch.expected === undefined && mismatch.actual === undefined) return `${mismatch.field}: ${clip(mismatch.detail)}`
  const base = `${mismatch.field}: expected ${show(mismatch.expected)}, got ${show(mismatch.actual)}`
  // Body mismatches name the missing or extra key only in the detail.
  return mismatch.field.startsWith('body $') ? `${base} (${clip(mismatch.detail)})` : base
}

function clip(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
