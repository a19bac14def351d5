import type { Summary } from './bench-types.ts'

/**
 * The median, min and max of a figure over runs (the median of an even count is the mean of
 * the two middle values).
 *
 * @example
 * summarize([3, 1, 2]) // { median: 2, min: 1, max: 3, runs: 3 }
 */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize: no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length }
}
