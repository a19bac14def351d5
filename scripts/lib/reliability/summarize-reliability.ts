import { relative } from 'node:path'
import type { ReliabilityArea } from './reliability-areas.ts'
import { matchesPattern } from './file-pattern.ts'
import { FAST_CHECK_META_KEY, RELIABILITY_META_KEY, type FastCheckMeta, type ReliabilityMeta } from './reliability-meta.ts'
import type { VitestResults } from './vitest-results.ts'

/** One row of the reliability table, counted from test results. */
export interface ReliabilityRow {
  title: string
  outcome: string
  files: number
  tests: number
  passed: number
  failed: number
  skipped: number
  inputs: number
  faults: number
  secretsFound: number
  scanned: number
}

/**
 * Counts, per area, the tests that ran and what they recorded in their task meta (inputs tried,
 * faults injected, secrets found).
 *
 * @example
 * summarizeReliability(readVitestResults(file), RELIABILITY_AREAS, PROJECT_ROOT)[0].inputs // 3000
 */
export function summarizeReliability(results: VitestResults, areas: readonly ReliabilityArea[], root: string): ReliabilityRow[] {
  return areas.map((area) => {
    const row: ReliabilityRow = {
      title: area.title,
      outcome: area.outcome,
      files: 0,
      tests: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      inputs: 0,
      faults: 0,
      secretsFound: 0,
      scanned: 0,
    }
    for (const file of results.testResults) {
      const path = relative(root, file.name).split('\\').join('/')
      if (!area.files.some((pattern) => matchesPattern(path, pattern))) continue
      row.files += 1
      for (const test of file.assertionResults) {
        row.tests += 1
        if (test.status === 'passed') row.passed += 1
        else if (test.status === 'failed') row.failed += 1
        else row.skipped += 1
        if (test.status !== 'passed') continue
        const meta = (test.meta?.[RELIABILITY_META_KEY] ?? {}) as ReliabilityMeta
        row.inputs += meta.inputs ?? 0
        row.faults += meta.faults ?? (area.testIsFault ? 1 : 0)
        row.secretsFound += meta.secretsFound ?? 0
        row.scanned += meta.scanned ?? 0
      }
    }
    return row
  })
}

/**
 * The fast-check seed(s) and the largest number of runs the property tests recorded, or
 * "not recorded" when none ran.
 *
 * @example
 * propertyRunSettings(results) // { seed: '20261121', runs: '200' }
 */
export function propertyRunSettings(results: VitestResults): { seed: string; runs: string } {
  const seeds = new Set<number>()
  let runs = 0
  for (const file of results.testResults) {
    for (const test of file.assertionResults) {
      const recorded = test.meta?.[FAST_CHECK_META_KEY] as FastCheckMeta | undefined
      if (recorded === undefined) continue
      seeds.add(recorded.seed)
      runs = Math.max(runs, recorded.numRuns)
    }
  }
  if (seeds.size === 0) return { seed: 'not recorded', runs: 'not recorded' }
  return { seed: [...seeds].sort((a, b) => a - b).join(', '), runs: String(runs) }
}
