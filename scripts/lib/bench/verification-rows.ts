import type { BenchRow } from './bench-types.ts'
import { summarize } from './summarize.ts'
import type { VerificationRun } from './verification-timing.ts'

/**
 * The bench rows of several verification runs: per interaction serial and parallel, the loopback
 * floor, their ratios (each taken within one run, then summarised), the speed-up of running the
 * vendors in parallel (target: faster than serial), and the verifier's own per-interaction time.
 *
 * @example
 * verificationRows(runs) // [{ case: '92 interactions, 5 vendors', metric: 'serial (one vendor at a time), per interaction', … }, …]
 */
export function verificationRows(runs: readonly VerificationRun[]): BenchRow[] {
  if (runs.length === 0) throw new Error('verificationRows: no runs')
  const first = runs[0]!
  const label = `${first.interactions} interactions, ${first.vendors.length} vendors`
  const figure = (pick: (run: VerificationRun) => number) => summarize(runs.map(pick))
  const speedup = figure((run) => run.serialWallMs / run.parallelWallMs)
  return [
    { case: label, metric: 'serial (one vendor at a time), per interaction', unit: 'ms', figure: figure((run) => run.serialWallMs / run.interactions) },
    { case: label, metric: 'parallel (all vendors at once), per interaction', unit: 'ms', figure: figure((run) => run.parallelWallMs / run.interactions) },
    { case: label, metric: 'loopback floor (fetch to node:http), per request', unit: 'ms', figure: figure((run) => run.loopbackMs) },
    { case: label, metric: 'ratio serial / loopback', unit: '×', figure: figure((run) => run.serialWallMs / run.interactions / run.loopbackMs) },
    { case: label, metric: 'ratio parallel / loopback', unit: '×', figure: figure((run) => run.parallelWallMs / run.interactions / run.loopbackMs) },
    { case: label, metric: 'speed-up serial / parallel', unit: '×', figure: speedup, target: '> 1×', ok: speedup.median > 1 },
    { case: label, metric: 'in verifier, per interaction (serial)', unit: 'ms', figure: figure((run) => run.serialInWorkerMs) },
    { case: label, metric: 'in verifier, per interaction (parallel)', unit: 'ms', figure: figure((run) => run.parallelInWorkerMs) },
  ]
}
