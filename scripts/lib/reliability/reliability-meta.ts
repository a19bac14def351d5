/**
 * What a hardening test records about itself in vitest's task meta, so the reliability table can
 * count it from the JSON reporter's output: how many inputs a property tried, how many faults a
 * test injected, how many secrets a scan found.
 */
export interface ReliabilityMeta {
  /** Inputs a property-based test generated and checked (its fast-check runs). */
  inputs?: number
  /** Faults a test injected (hostile files, broken answers, failing endpoints). */
  faults?: number
  /** Canary secrets a scan found in outputs; the table requires 0. */
  secretsFound?: number
  /** Files and streams a secrets scan read. */
  scanned?: number
}

/** The key under which a test's {@link ReliabilityMeta} is stored in `task.meta`. */
export const RELIABILITY_META_KEY = 'reliability'

/**
 * Adds counts to a test's meta (counts add up when a test records twice).
 *
 * @example
 * it('keeps the raw body', ({ task }) => { recordReliability(task.meta, { inputs: 200 }) })
 */
export function recordReliability(meta: object, counts: ReliabilityMeta): void {
  const target = meta as Record<string, ReliabilityMeta | undefined>
  const previous = target[RELIABILITY_META_KEY] ?? {}
  const next: ReliabilityMeta = { ...previous }
  for (const key of Object.keys(counts) as Array<keyof ReliabilityMeta>) next[key] = (previous[key] ?? 0) + (counts[key] ?? 0)
  target[RELIABILITY_META_KEY] = next
}
