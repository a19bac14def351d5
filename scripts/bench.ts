/**
 * `npm run bench` measures the suite and prints a table (medians over runs, with min and max;
 * ratios taken within one run), writing the figures to `reports/bench.json`:
 * contract generation per interaction (synthetic vendors of 10, 100, 1,000 interactions),
 * MSW replay and verification (when their libraries have landed), doc extraction per page, and
 * steadiness (20 consecutive contract-suite runs, pinned to one core).
 *
 * Options: --only <section,...> (contracts, replay, verification, docs, steadiness, npm-test),
 * --sizes 10,100,1000, --runs 3, --repeat 20, --load none|pin|busy (default pin),
 * --quick (sizes 10,100; 1 run; 3 repeats), --out <file>.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import type { CpuLoad } from './lib/bench/bench-types.ts'
import { DEFAULT_SECTIONS, runBench } from './lib/bench/run-bench.ts'

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    repeat: { type: 'string' },
    load: { type: 'string', default: 'pin' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(PROJECT_ROOT, 'reports', 'bench.json') },
  },
})

function positiveIntegers(text: string, option: string): number[] {
  const numbers = text.split(',').map((part) => Number(part.trim()))
  if (numbers.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`--${option} expects positive integers, got "${text}"`)
  return numbers
}

try {
  if (!['none', 'pin', 'busy'].includes(values.load)) throw new Error(`--load expects none, pin or busy, got "${values.load}"`)
  const quick = values.quick
  await runBench(
    {
      sizes: values.sizes ? positiveIntegers(values.sizes, 'sizes') : quick ? [10, 100] : [10, 100, 1000],
      runs: values.runs ? positiveIntegers(values.runs, 'runs')[0]! : quick ? 1 : 3,
      repeat: values.repeat ? positiveIntegers(values.repeat, 'repeat')[0]! : quick ? 3 : 20,
      load: values.load as CpuLoad,
      quick,
      log: (line) => console.error(line),
    },
    values.only ? values.only.split(',').map((name) => name.trim()) : DEFAULT_SECTIONS,
    values.out,
  )
} catch (error) {
  console.error(`bench: ${(error as Error).message}`)
  process.exitCode = 1
}
