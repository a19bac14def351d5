/** Median, smallest and largest of one figure over several runs. */
export interface Summary {
  median: number
  min: number
  max: number
  /** How many runs the figure is taken over. */
  runs: number
}

/** One line of the bench table. */
export interface BenchRow {
  /** The case measured, e.g. `1000 interactions` or `plansource page (text)`. */
  case: string
  /** What the figure is, e.g. `per interaction` or `ratio 1000 / 10`. */
  metric: string
  /** `ms`, `µs`, `×` (a ratio taken within one run), `count`, `s`. */
  unit: string
  figure: Summary
  /** The goal the figure is held to, in words, e.g. `≤ 1.5×`. */
  target?: string
  /** Whether the median meets the target (absent without a target). */
  ok?: boolean
}

/** What one section of `npm run bench` measured. */
export interface BenchSectionResult {
  section: string
  rows: BenchRow[]
  /** Why the section did not run (its library has not landed, a tool is missing). */
  pending?: string
  /** Raw figures per run, kept in the JSON report. */
  details?: unknown
}

/** Options every section receives (from the command line). */
export interface BenchOptions {
  /** Synthetic vendor sizes, in interactions (default 10, 100, 1,000). */
  sizes: number[]
  /** How many runs each figure is a median of. */
  runs: number
  /** Consecutive contract-suite runs for the steadiness section. */
  repeat: number
  /** CPU load for the steadiness section: none, pinned to one core, or pinned beside a busy loop. */
  load: CpuLoad
  /** A smoke run (`--quick`): sections may time fewer repetitions, and figures are rough. */
  quick: boolean
  /** Print progress lines while measuring. */
  log: (line: string) => void
}

/** See {@link BenchOptions.load}. */
export type CpuLoad = 'none' | 'pin' | 'busy'

/** One section of the benchmark. */
export type BenchSection = (options: BenchOptions) => Promise<BenchSectionResult>
