import { spawnSync } from 'node:child_process'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import type { BenchOptions, BenchSectionResult } from './bench-types.ts'
import { summarize } from './summarize.ts'

/** The wall time `npm test` must stay under on this kind of machine (2 cores). */
export const NPM_TEST_TARGET_SECONDS = 60

/**
 * Runs `npm test` (type check, contract freshness, every test) once per run and times it.
 * Opt-in (`--only npm-test`): it is the whole suite.
 *
 * @example
 * const result = await benchNpmTest({ runs: 1, ... }) // rows[0].figure.median: seconds
 */
export async function benchNpmTest(options: BenchOptions): Promise<BenchSectionResult> {
  const seconds: number[] = []
  const passed: boolean[] = []
  for (let run = 1; run <= options.runs; run++) {
    const started = performance.now()
    const child = spawnSync('npm', ['test'], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    seconds.push((performance.now() - started) / 1000)
    passed.push(child.status === 0)
    options.log(`npm test: run ${run}/${options.runs} ${child.status === 0 ? 'passed' : 'FAILED'} in ${seconds[seconds.length - 1]!.toFixed(1)} s`)
    // A failed run says why: the failures vitest names, else the end of what it printed.
    if (child.status !== 0) options.log(failureLines(`${child.stdout}\n${child.stderr}`))
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
    ],
    details: { seconds, passed },
  }
}

/** The lines of a failed `npm test` that say what failed (FAIL lines and errors), else its last 40 lines. */
function failureLines(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
  const named = lines.filter((line) => /^\s*(FAIL|×|Error|AssertionError)\b|FAILED \(|error TS\d+|\d+:\d+\s+error\s/.test(line) && !/\(FAILED\)$/.test(line))
  return (named.length ? named.slice(0, 40) : lines.slice(-40)).join('\n')
}
