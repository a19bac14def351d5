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

/** The fast-check settings a property test ran with, so the table can say how to reproduce it. */
export interface FastCheckMeta {
  seed: number
  numRuns: number
}

/** The key under which a property test's {@link FastCheckMeta} is stored in `task.meta`. */
export const FAST_CHECK_META_KEY = 'fastCheck'

/**
 * Records the seed and number of runs a property test used.
 *
 * @example
 * recordFastCheck(task.meta, { seed: 20261121, numRuns: 200 })
 */
export function recordFastCheck(meta: object, settings: FastCheckMeta): void {
  ;(meta as Record<string, FastCheckMeta>)[FAST_CHECK_META_KEY] = { seed: settings.seed, numRuns: settings.numRuns }
}
