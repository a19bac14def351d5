import { existsSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseVendorId } from '../../../providers/vendor-ids.ts'
import { DEFAULT_TIMEOUT_MS } from './fetch-live-page.ts'
import { DRIFT_FORMATS, type DriftFormat } from './format-report.ts'
import type { DriftOptions } from './run-drift.ts'

/** The command line of `npm run drift`, parsed. */
export interface DriftCommand extends DriftOptions {
  format: DriftFormat
  out?: string | undefined
  /** `--quiet`: no per-vendor progress on stderr. */
  quiet: boolean
  help: boolean
}

/** Usage text for `npm run drift -- --help`. */
export const DRIFT_USAGE = `usage: npm run drift -- [--vendor <id>]... [--docs <dir> | --live] [--format text|json|markdown] [--out <file>] [--accept] [--quiet]

  --vendor <id>     check this vendor (repeatable; default: all)
  --docs <dir>      read <dir>/<vendor>.txt or <dir>/<vendor>.html instead of the stored snapshots
  --live            fetch each vendor's page (address from providers/<vendor>/doc-page.json or DRIFT_PAGE_URL_<VENDOR>)
  --format <f>      text (default), json or markdown
  --out <file>      write the report there (atomically) instead of to standard output
  --accept          take each page read as the vendor's new snapshot (after review)
  --quiet           no per-vendor progress on stderr (NO_COLOR and CI=true are also respected)

exit: 0 nothing drifted, 1 drift, 2 a page could not be read or fetched (or a bad option)
env:  DRIFT_PAGE_URL_<VENDOR> page address for --live; DRIFT_TIMEOUT_MS fetch timeout (default ${DEFAULT_TIMEOUT_MS})`

/**
 * Parses `npm run drift` arguments and environment; throws an error naming the bad option.
 *
 * @example
 * parseDriftArgs(['--vendor', 'usta', '--format', 'json'], process.env) // { vendors: ['usta'], format: 'json', … }
 */
export function parseDriftArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): DriftCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      vendor: { type: 'string', multiple: true, default: [] },
      docs: { type: 'string' },
      live: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      accept: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const format = values.format as DriftFormat
  if (!DRIFT_FORMATS.includes(format)) throw new Error(`--format "${values.format}" is not one of: ${DRIFT_FORMATS.join(', ')}`)
  if (values.docs !== undefined && values.live) throw new Error('--docs and --live cannot be used together')
  if (values.docs !== undefined && !(existsSync(values.docs) && statSync(values.docs).isDirectory())) throw new Error(`--docs "${values.docs}" is not a folder`)
  if (values.out !== undefined && values.out.trim() === '') throw new Error('--out needs a file path')
  const timeout = env.DRIFT_TIMEOUT_MS
  const timeoutMs = timeout === undefined || timeout === '' ? DEFAULT_TIMEOUT_MS : Number(timeout)
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`DRIFT_TIMEOUT_MS "${timeout}" is not a positive whole number of milliseconds`)
  return {
    vendors: values.vendor.map(parseVendorId),
    docs: values.docs,
    live: values.live,
    accept: values.accept,
    format,
    out: values.out,
    quiet: values.quiet,
    help: values.help,
    env,
    timeoutMs,
  }
}
