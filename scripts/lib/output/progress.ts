import { outputMode, type OutputModeOptions, type OutputStream } from './output-mode.ts'
import { paint, plainText } from './paint.ts'
import { OUTCOME_MARKS, quarterOf, statusLine, tallyText, type VendorOutcome, type VendorTally } from './vendor-tally.ts'

/** Per-vendor progress of a long run (verify, live drift). Every method is cheap and never throws. */
export interface Progress {
  /** A vendor's run began; `total` is how many steps it has (interactions, pages), when known. */
  vendorStarted(vendor: string, total?: number): void
  /** A vendor finished one step; a `note` (a retry, a 429 wait) is shown as a line of its own. */
  vendorStep(vendor: string, step?: { note?: string }): void
  /** A vendor's run ended, with a one-line summary ("10 verified, 1 mismatch"). */
  vendorDone(vendor: string, result: { outcome: VendorOutcome; summary: string }): void
  /** Clears the updating line; call once at the end, also after a failure. */
  finish(): void
}

/** Options of {@link createProgress}. */
export interface ProgressOptions extends Partial<OutputModeOptions> {
  /** The command's name, written before every line: `verify`, `drift`. */
  task: string
  /** What a step is, for plain lines: `interactions`, `pages`. */
  unit?: string
}

const CLEAR_LINE = '\r\u001b[2K'

/**
 * Progress per vendor: on a terminal one line that updates in place (finished vendors get a line of
 * their own), plain lines when piped or in CI (`CI=true`), nothing with `--quiet`. Colour follows
 * the terminal and `NO_COLOR`. Writes to stderr by default, so a report on stdout stays clean.
 *
 * @example
 * const progress = createProgress({ task: 'verify', unit: 'interactions', quiet: values.quiet })
 * progress.vendorStarted('plansource', 10)
 * progress.vendorStep('plansource')
 * progress.vendorDone('plansource', { outcome: 'ok', summary: '10 verified' })
 * progress.finish()
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream: OutputStream = options.stream ?? process.stderr
  const mode = outputMode({ stream, quiet: options.quiet, env: options.env ?? process.env })
  const { task, unit = 'steps' } = options
  const running = new Map<string, VendorTally>()
  let shown = false
  const write = (text: string) => {
    try {
      stream.write(text)
    } catch {
      // Progress must never break the run it reports on.
    }
  }
  const clear = () => {
    if (shown) write(CLEAR_LINE)
    shown = false
  }
  const redraw = () => {
    clear()
    if (running.size === 0) return
    write(paint('dim', statusLine(task, [...running.values()], stream.columns), mode.colour))
    shown = true
  }
  const tallyOf = (vendor: string): VendorTally => {
    const tally = running.get(vendor) ?? { vendor, done: 0, total: undefined }
    running.set(vendor, tally)
    return tally
  }

  if (mode.progress === 'off') return { vendorStarted() {}, vendorStep() {}, vendorDone() {}, finish() {} }

  if (mode.progress === 'lines') {
    return {
      vendorStarted(vendor, total) {
        running.set(vendor, { vendor, done: 0, total })
        write(`${task}: ${vendor}: started${total === undefined ? '' : ` (${total} ${unit})`}\n`)
      },
      vendorStep(vendor, step) {
        const tally = tallyOf(vendor)
        const before = quarterOf(tally)
        tally.done++
        if (step?.note) write(`${task}: ${vendor}: ${plainText(step.note)}\n`)
        const after = quarterOf(tally)
        if (after > before && after < 4) write(`${task}: ${vendor}: ${tallyText(tally)} ${unit}\n`)
      },
      vendorDone(vendor, result) {
        running.delete(vendor)
        write(`${task}: ${vendor}: ${OUTCOME_MARKS[result.outcome].word}: ${plainText(result.summary)}\n`)
      },
      finish() {},
    }
  }

  return {
    vendorStarted(vendor, total) {
      running.set(vendor, { vendor, done: 0, total })
      redraw()
    },
    vendorStep(vendor, step) {
      tallyOf(vendor).done++
      if (step?.note) {
        clear()
        write(`${paint('dim', `${task}: ${vendor}:`, mode.colour)} ${plainText(step.note)}\n`)
      }
      redraw()
    },
    vendorDone(vendor, result) {
      running.delete(vendor)
      const mark = OUTCOME_MARKS[result.outcome]
      clear()
      write(`${paint(mark.colour, mark.symbol, mode.colour)} ${paint('bold', vendor, mode.colour)}  ${plainText(result.summary)}\n`)
      redraw()
    },
    finish() {
      running.clear()
      clear()
    },
  }
}
