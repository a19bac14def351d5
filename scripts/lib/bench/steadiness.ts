import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SETTLE_REPORT_ENV } from '../../../test/contract/support/settle-report.ts'
import type { BenchOptions, BenchRow, BenchSectionResult } from './bench-types.ts'
import { availableLoad, startCpuLoad } from './cpu-load.ts'
import type { RaceProbeResult } from './race-probe.ts'
import { runProjectBin, tail } from './run-child.ts'
import { summarize } from './summarize.ts'

/** Requests the race probe sends. */
const PROBE_REQUESTS = 300

/** One run of the contract suite. */
interface SuiteRun {
  run: number
  passed: boolean
  seconds: number
  tests: number
  failed: string[]
  /** Interactions whose mock-server records were still behind when the client had its answer. */
  lagged: number
  /** Interactions whose records never caught up within the settle deadline. */
  unsettled: number
  maxLagMs: number
}

/** One line of vitest's JSON report that this section reads. */
interface VitestJson {
  numTotalTests: number
  testResults: Array<{ name: string; assertionResults: Array<{ status: string; fullName: string }> }>
}

/**
 * Steadiness: runs the whole contract suite (`vitest run test/contract`) `repeat` times in a row
 * under the chosen CPU load, recording per run whether it passed, which tests failed, and how
 * many interactions the settle step had to wait for (each one a random failure before the fix);
 * and probes the mock server's bookkeeping race directly with pact-core under the same load.
 *
 * @example
 * const result = await benchSteadiness({ repeat: 20, load: 'pin', ... })
 * @see ../../../test/contract/support/STEADINESS.md
 */
export async function benchSteadiness(options: BenchOptions): Promise<BenchSectionResult> {
  const probe = probeUnderLoad(options)
  const runs: SuiteRun[] = []
  for (let run = 1; run <= options.repeat; run++) {
    runs.push(runSuiteOnce(run, options))
    const last = runs[runs.length - 1]!
    options.log(
      `steadiness: run ${run}/${options.repeat} ${last.passed ? 'passed' : `FAILED (${last.failed.join('; ') || 'see output'})`}, ${last.tests} tests, ${last.lagged} waited for the mock server, ${last.seconds.toFixed(1)} s`,
    )
  }
  const passed = runs.filter((run) => run.passed).length
  const lagged = runs.reduce((sum, run) => sum + run.lagged, 0)
  const interactions = runs.reduce((sum, run) => sum + run.tests, 0)
  const load = describeLoad(availableLoad(options.load))
  const rows: BenchRow[] = [
    {
      case: `contract suite × ${options.repeat} (${load})`,
      metric: 'runs passed',
      unit: 'count',
      figure: summarize([passed]),
      target: `${options.repeat} of ${options.repeat}`,
      ok: passed === options.repeat,
    },
    { case: `contract suite × ${options.repeat} (${load})`, metric: 'tests per run', unit: 'count', figure: summarize(runs.map((run) => run.tests)) },
    { case: `contract suite × ${options.repeat} (${load})`, metric: 'wall time per run', unit: 's', figure: summarize(runs.map((run) => run.seconds)) },
    {
      case: `contract suite × ${options.repeat} (${load})`,
      metric: `settle waits (of ${interactions} tests)`,
      unit: 'count',
      figure: summarize(runs.map((run) => run.lagged)),
    },
    { case: `contract suite × ${options.repeat} (${load})`, metric: 'longest settle wait', unit: 'ms', figure: summarize(runs.map((run) => run.maxLagMs)) },
  ]
  if (probe) {
    rows.push({ case: `race probe, ${probe.requests} requests (${load})`, metric: 'reads behind the answer', unit: 'count', figure: summarize([probe.behind]) })
    if (probe.lagsMs.length)
      rows.push({ case: `race probe, ${probe.requests} requests (${load})`, metric: 'record arrived after', unit: 'ms', figure: summarize(probe.lagsMs) })
  }
  return { section: 'steadiness', rows, details: { load: availableLoad(options.load), runs, probe, settleWaitsTotal: lagged } }
}

function runSuiteOnce(run: number, options: BenchOptions): SuiteRun {
  const dir = mkdtempSync(join(tmpdir(), 'bench-steadiness-'))
  const report = join(dir, 'vitest.json')
  const settle = join(dir, 'settle.jsonl')
  const load = startCpuLoad(options.load)
  try {
    const child = runProjectBin('vitest', ['run', 'test/contract/', '--reporter=json', `--outputFile=${report}`], {
      env: { PACT_OUT_DIR: join(dir, 'pacts'), [SETTLE_REPORT_ENV]: settle },
      prefix: load.prefix,
    })
    if (!existsSync(report)) throw new Error(`steadiness run ${run}: vitest wrote no report:\n${tail(child.output)}`)
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson
    const failed = json.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${file.name.split('/').pop()}: ${test.fullName}`),
    )
    const lines = existsSync(settle)
      ? readFileSync(settle, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { lagged: number; unsettled: number; maxLagMs: number })
      : []
    return {
      run,
      passed: child.ok,
      seconds: child.ms / 1000,
      tests: json.numTotalTests,
      failed,
      lagged: lines.reduce((sum, line) => sum + line.lagged, 0),
      unsettled: lines.reduce((sum, line) => sum + line.unsettled, 0),
      maxLagMs: Math.max(0, ...lines.map((line) => line.maxLagMs)),
    }
  } finally {
    load.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function probeUnderLoad(options: BenchOptions): RaceProbeResult | undefined {
  const load = startCpuLoad(options.load)
  try {
    const child = runProjectBin('tsx', ['scripts/lib/bench/race-probe-child.ts', String(PROBE_REQUESTS)], { prefix: load.prefix })
    const line = child.output.split('\n').find((text) => text.startsWith('RACE-PROBE '))
    if (!child.ok || !line) {
      options.log(`steadiness: the race probe failed:\n${tail(child.output)}`)
      return undefined
    }
    const result = JSON.parse(line.slice('RACE-PROBE '.length)) as RaceProbeResult
    options.log(`steadiness: race probe: ${result.behind} of ${result.requests} immediate reads were behind the answer`)
    return result
  } finally {
    load.stop()
  }
}

function describeLoad(load: BenchOptions['load']): string {
  return { none: 'no extra load', pin: 'pinned to one core', busy: 'one core, beside a busy loop' }[load]
}
