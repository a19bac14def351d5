import type { BenchOptions, BenchRow, BenchSectionResult } from './bench-types.ts'
import { timeReplayRun, type ReplayRun } from './replay-timing.ts'
import { summarize } from './summarize.ts'

/** The replay is held to sizes from 10 to 10,000 interactions, whatever `--sizes` says for contract generation. */
export const REPLAY_SIZES = [10, 1_000, 10_000] as const

/** The replay must stay within this factor of a hand-written handler, per request. */
export const REPLAY_TARGET_RATIO = 1.2

/**
 * Measures every size over several runs and returns the raw runs, for `npm run bench` or a script.
 *
 * @example
 * const runs = await measureMswReplay({ runs: 5 }) // ReplayRun[] (sizes × runs)
 */
export async function measureMswReplay(options: { runs: number; sizes?: readonly number[]; log?: (line: string) => void }): Promise<ReplayRun[]> {
  const results: ReplayRun[] = []
  for (let run = 1; run <= options.runs; run++) {
    for (const size of options.sizes ?? REPLAY_SIZES) {
      options.log?.(`replay: run ${run}/${options.runs}, ${size} interactions`)
      results.push(await timeReplayRun(size))
    }
  }
  return results
}

/**
 * The `replay` section of `npm run bench`: per request through `fetch` and `setupServer`, the
 * replay's one catch-all handler beside one hand-written handler with the same response, and the
 * ratio within each run (target ≤ 1.2×); also the handlers alone, the index build, and one
 * handler per interaction (what the index avoids).
 *
 * @example
 * const result = await benchMswReplay({ runs: 5, log: console.error, … })
 */
export async function benchMswReplay(options: BenchOptions): Promise<BenchSectionResult> {
  const runs = await measureMswReplay({ runs: Math.max(options.runs, 3), log: options.log })
  const rows: BenchRow[] = []
  for (const size of REPLAY_SIZES) {
    const at = runs.filter((run) => run.interactions === size)
    const label = `${size.toLocaleString('en-US')} interactions`
    const ratio = summarize(at.map((run) => run.replayFetchUs / run.handwrittenFetchUs))
    rows.push(
      { case: label, metric: 'replay, per request (fetch)', unit: 'µs', figure: summarize(at.map((run) => run.replayFetchUs)) },
      { case: label, metric: 'hand-written handler, per request (fetch)', unit: 'µs', figure: summarize(at.map((run) => run.handwrittenFetchUs)) },
      {
        case: label,
        metric: 'ratio replay / hand-written (fetch)',
        unit: '×',
        figure: ratio,
        target: `≤ ${REPLAY_TARGET_RATIO}×`,
        ok: ratio.median <= REPLAY_TARGET_RATIO,
      },
      { case: label, metric: 'replay handler alone, per request', unit: 'µs', figure: summarize(at.map((run) => run.replayHandlerUs)) },
      { case: label, metric: 'hand-written handler alone, per request', unit: 'µs', figure: summarize(at.map((run) => run.handwrittenHandlerUs)) },
      { case: label, metric: 'index build, once', unit: 'ms', figure: summarize(at.map((run) => run.indexMs)) },
    )
    const perInteraction = at.map((run) => run.perInteractionFetchUs).filter((value): value is number => value !== undefined)
    if (perInteraction.length)
      rows.push({ case: label, metric: 'one handler per interaction, per request (fetch)', unit: 'µs', figure: summarize(perInteraction) })
  }
  return { section: 'MSW replay', rows, details: runs }
}
