import { spawnSync } from 'node:child_process'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import type { BenchOptions, BenchSectionResult } from './bench-types.ts'
import { summarize } from './summarize.ts'

/** The wall time `npm test` must stay under on this kind of machine (2 cores). */
export const NPM_TEST_TARGET_SECONDS = 60

/**
 * Runs `npm run check` (type check and linters, not held to a target) and then `npm test` (contract
 * freshness and every test) once per run, and times each. Opt-in (`--only npm-test`): it is the
 * whole suite.
 *
 * @example
 * const result = await benchNpmTest({ runs: 1, ... }) // rows[0].figure.median: seconds of npm test
 */
export async function benchNpmTest(options: BenchOptions): Promise<BenchSectionResult> {
  const seconds: number[] = []
  const passed: boolean[] = []
  const checkSeconds: number[] = []
  for (let run = 1; run <= options.runs; run++) {
    const check = timed(['run', '-s', 'check'])
    checkSeconds.push(check.seconds)
    options.log(`npm run check: run ${run}/${options.runs} ${check.ok ? 'passed' : 'FAILED'} in ${check.seconds.toFixed(1)} s`)
    const test = timed(['test'])
    seconds.push(test.seconds)
    passed.push(test.ok)
    options.log(`npm test: run ${run}/${options.runs} ${test.ok ? 'passed' : 'FAILED'} in ${test.seconds.toFixed(1)} s`)
    // A failed run says why: the failures vitest names, else the end of what it printed.
    if (!test.ok) options.log(failureLines(test.output))
  }
  const figure = summarize(seconds)
  return {
    section: 'npm test',
    rows: [
      {
        case: 'npm test, whole suite',
        metric: 'wall time',
        unit: 's',
        figure,
        target: `< ${NPM_TEST_TARGET_SECONDS} s`,
        ok: figure.median < NPM_TEST_TARGET_SECONDS,
      },
      {
        case: 'npm test, whole suite',
        metric: 'runs passed',
        unit: 'count',
        figure: summarize([passed.filter(Boolean).length]),
        target: `${options.runs} of ${options.runs}`,
        ok: passed.every(Boolean),
      },
      { case: 'npm run check, type check and linters', metric: 'wall time', unit: 's', figure: summarize(checkSeconds) },
    ],
    details: { seconds, passed, checkSeconds },
  }
}

function timed(args: string[]): { seconds: number; ok: boolean; output: string } {
  const started = performance.now()
  const child = spawnSync('npm', args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { seconds: (performance.now() - started) / 1000, ok: child.status === 0, output: `${child.stdout}\n${child.stderr}` }
}

/** The lines of a failed `npm test` that say what failed (FAIL lines and errors), else its last 40 lines. */
function failureLines(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
  const named = lines.filter((line) => /^\s*(FAIL|×|Error|AssertionError)\b|FAILED \(|error TS\d+|\d+:\d+\s+error\s/.test(line) && !/\(FAILED\)$/.test(line))
  return (named.length ? named.slice(0, 40) : lines.slice(-40)).join('\n')
}
