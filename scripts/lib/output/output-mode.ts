/** The part of a writable stream the output helpers use, so tests can pass a fake. */
export interface OutputStream {
  write(text: string): unknown
  /** True on a terminal; absent or false when piped, redirected or in CI logs. */
  isTTY?: boolean
  /** The terminal's width, when known. */
  columns?: number
}

/** How progress is shown: a line that updates in place, plain lines, or nothing. */
export type ProgressStyle = 'live' | 'lines' | 'off'

/** What an output stream can show, decided once from the stream, the options and the environment. */
export interface OutputMode {
  progress: ProgressStyle
  colour: boolean
}

/** Where progress goes and what may silence it or its colour. */
export interface OutputModeOptions {
  stream: OutputStream
  /** `--quiet`: no progress at all (results and errors are still printed by the caller). */
  quiet?: boolean
  /** Usually `process.env`; `CI` and `NO_COLOR` are read from it. */
  env?: Readonly<Record<string, string | undefined>>
}

/**
 * True when the environment says it runs in CI (`CI=true`, `CI=1`, any value but `false`/`0`/empty).
 *
 * @example
 * isCi({ CI: 'true' }) // true
 */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase()
  return value !== undefined && value !== '' && value !== 'false' && value !== '0'
}

/**
 * Decides how to show progress: `live` on a terminal outside CI, `lines` when piped or in CI,
 * `off` with `--quiet`. Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty
 * value or `TERM=dumb`.
 *
 * @example
 * outputMode({ stream: process.stderr, env: process.env, quiet: false }) // { progress: 'live', colour: true }
 * @see https://no-color.org/
 */
export function outputMode({ stream, quiet = false, env = {} }: OutputModeOptions): OutputMode {
  const terminal = stream.isTTY === true
  const colour = terminal && !env.NO_COLOR && env.TERM !== 'dumb'
  if (quiet) return { progress: 'off', colour }
  return { progress: terminal && !isCi(env) ? 'live' : 'lines', colour }
}
