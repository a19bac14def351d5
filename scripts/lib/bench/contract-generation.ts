import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { BenchOptions, BenchRow, BenchSectionResult } from './bench-types.ts'
import { runProjectBin, tail } from './run-child.ts'
import { summarize } from './summarize.ts'
import { writeSyntheticCatalog } from './synthetic-catalog.ts'

/** The largest allowed growth of the per-interaction cost from the smallest to the largest vendor. */
export const LINEAR_TARGET = 1.5

const CONFIG = 'scripts/lib/bench/vitest.bench.config.ts'

/** Interactions of the warm-up vendor that runs, unmeasured, before each measured one. */
const WARM_UP_SIZE = 20
const WARM_UP_CONSUMER = 'bench-warm-up'
/** A sample covers at least this many interactions: a smaller size is measured as several vendors of that size in one run. */
const MIN_SAMPLE = 100

/** One size's figures in one run. */
interface SizeRun {
  size: number
  /** How many vendors of this size the sample covered. */
  vendors: number
  /** From the first contract test to the merged pact file, per interaction. */
  perInteractionMs: number
  /** The whole vitest process (start-up, imports, tests, merge). */
  processMs: number
}

/**
 * Contract generation per interaction for synthetic vendors of each size: the real contract
 * loop writes every interaction and merges the pact file, timed inside the test run after a
 * warm-up vendor (vitest's start-up and the warm-up are reported apart, in the process time).
 * Sizes under {@link MIN_SAMPLE} are measured as several vendors of that size in one process.
 * Each run measures every size, so the ratio largest / smallest is taken within one run;
 * figures are medians over `runs`.
 *
 * @example
 * const result = await benchContractGeneration({ sizes: [10, 100, 1000], runs: 3, ... })
 */
export async function benchContractGeneration(options: BenchOptions): Promise<BenchSectionResult> {
  const sizes = [...options.sizes].sort((a, b) => a - b)
  const roots = new Map(
    sizes.map((size) => [
      size,
      Array.from({ length: Math.ceil(MIN_SAMPLE / size) }, (_, index) => writeSyntheticCatalog(size, { consumer: `bench-vendor-${index + 1}` })),
    ]),
  )
  const warmUpRoot = writeSyntheticCatalog(WARM_UP_SIZE, { consumer: WARM_UP_CONSUMER })
  const runs: SizeRun[][] = []
  try {
    for (let run = 1; run <= options.runs; run++) {
      const perSize: SizeRun[] = []
      for (const size of sizes) {
        perSize.push(generateOnce(size, roots.get(size)!, warmUpRoot))
        const last = perSize[perSize.length - 1]!
        options.log(
          `contract generation: run ${run}/${options.runs}, ${size} interactions${last.vendors > 1 ? ` × ${last.vendors} vendors` : ''}: ${last.perInteractionMs.toFixed(2)} ms each`,
        )
      }
      runs.push(perSize)
    }
  } finally {
    for (const root of [...[...roots.values()].flat(), warmUpRoot]) rmSync(root, { recursive: true, force: true })
  }
  const smallest = sizes[0]!
  const rows: BenchRow[] = []
  for (const size of sizes) {
    const figures = runs.map((perSize) => perSize.find((entry) => entry.size === size)!)
    const vendors = figures[0]!.vendors > 1 ? `, ${figures[0]!.vendors} vendors` : ''
    rows.push({
      case: `${size} interactions${vendors}`,
      metric: 'per interaction',
      unit: 'ms',
      figure: summarize(figures.map((entry) => entry.perInteractionMs)),
    })
    rows.push({
      case: `${size} interactions${vendors}`,
      metric: 'vitest process, whole',
      unit: 's',
      figure: summarize(figures.map((entry) => entry.processMs / 1000)),
    })
  }
  for (const size of sizes.slice(1)) {
    const isLargest = size === sizes[sizes.length - 1]
    const ratios = runs.map(
      (perSize) => perSize.find((entry) => entry.size === size)!.perInteractionMs / perSize.find((entry) => entry.size === smallest)!.perInteractionMs,
    )
    const figure = summarize(ratios)
    rows.push({
      case: `${size} vs ${smallest} interactions`,
      metric: 'per-interaction ratio',
      unit: '×',
      figure,
      ...(isLargest ? { target: `≤ ${LINEAR_TARGET}×`, ok: figure.median <= LINEAR_TARGET } : {}),
    })
  }
  return { section: 'contract generation', rows, details: { runs } }
}

function generateOnce(size: number, vendorRoots: readonly string[], warmUpRoot: string): SizeRun {
  const out = mkdtempSync(join(tmpdir(), 'bench-pacts-'))
  const timingFile = join(out, 'timing.json')
  try {
    const run = runProjectBin('vitest', ['run', '--config', CONFIG], {
      env: { PACT_OUT_DIR: out, BENCH_CATALOG_ROOTS: vendorRoots.join(delimiter), BENCH_WARMUP_ROOT: warmUpRoot, BENCH_TIMING_FILE: timingFile },
    })
    if (!run.ok) throw new Error(`contract generation for ${size} interactions failed:\n${tail(run.output)}`)
    const pacts = readdirSync(out).filter((name) => name.endsWith('.json') && name !== 'timing.json' && !name.startsWith(`${WARM_UP_CONSUMER}-`))
    const counts = pacts.map((name) => (JSON.parse(readFileSync(join(out, name), 'utf8')) as { interactions: unknown[] }).interactions.length)
    if (counts.length !== vendorRoots.length || counts.some((count) => count !== size)) {
      throw new Error(
        `contract generation for ${vendorRoots.length} vendors of ${size} interactions wrote pact files of ${counts.join(', ') || 'no'} interactions`,
      )
    }
    const timing = JSON.parse(readFileSync(timingFile, 'utf8')) as { tests: number; ms: number }
    const interactions = size * vendorRoots.length
    if (timing.tests !== interactions) throw new Error(`contract generation for ${interactions} interactions ran ${timing.tests} measured tests`)
    return { size, vendors: vendorRoots.length, perInteractionMs: timing.ms / interactions, processMs: run.ms }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
