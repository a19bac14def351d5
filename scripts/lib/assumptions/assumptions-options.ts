import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { parseVendorId, VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'
import { AssumptionsInputError } from './assumptions-input-error.ts'
import { LEDGER_FORMATS, type LedgerFormat } from './ledger-formats.ts'

/** What `npm run assumptions` was asked to do. */
export interface AssumptionsOptions {
  /** The report to list verdicts from (a verify report or a ledger). */
  verifyFile: string
  /** `--record <report>`: write that report's verdicts into the catalogs instead of listing. */
  recordFile: string | undefined
  /** Only these vendors (all when empty). */
  vendors: VendorId[]
  format: LedgerFormat
  out: string | undefined
  /** The project folder whose catalogs are read and, with `--record`, written. */
  root: string
  help: boolean
}

/** The usage text of `npm run assumptions`. */
export const ASSUMPTIONS_USAGE = `usage: npm run assumptions -- [options]
  --verify <file>     the verify report (or assumption ledger) to list verdicts from (default reports/verify.json)
  --vendor <id>       only this vendor (repeatable; default all: ${VENDOR_IDS.join(', ')})
  --format <format>   text | json | markdown (default text)
  --out <file>        write the list there (atomically) instead of to the terminal
  --record <report>   write the confirmed and refuted verdicts of <report> (assumptions.json or verify.json)
                      into providers/<vendor>/catalog.json, with date and target; untested ones are left as they are
  --root <dir>        the project folder whose catalogs are read and written (default this project)
exit codes: 0 listed or recorded, 2 bad options or an input that cannot be used`

/**
 * Parses `npm run assumptions` arguments, paths relative to `cwd`; a bad one throws an
 * {@link AssumptionsInputError} naming the option and value.
 *
 * @example
 * parseAssumptionsOptions(['--vendor', 'usta', '--format', 'markdown']).format // 'markdown'
 */
export function parseAssumptionsOptions(argv: readonly string[], cwd: string = process.cwd()): AssumptionsOptions {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        verify: { type: 'string' },
        vendor: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        record: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new AssumptionsInputError((error as Error).message)
  }
  const format = values.format as LedgerFormat
  if (!LEDGER_FORMATS.includes(format)) throw new AssumptionsInputError(`--format ${values.format}: expected one of ${LEDGER_FORMATS.join(', ')}`)
  if (values.record !== undefined && values.verify !== undefined) throw new AssumptionsInputError('--record and --verify both name a report: give one')
  const vendors = values.vendor.map((value) => {
    try {
      return parseVendorId(value)
    } catch (error) {
      throw new AssumptionsInputError(`--vendor: ${(error as Error).message}`)
    }
  })
  return {
    verifyFile: resolve(cwd, values.verify ?? 'reports/verify.json'),
    recordFile: values.record === undefined ? undefined : resolve(cwd, values.record),
    vendors: [...new Set(vendors)],
    format,
    out: values.out === undefined ? undefined : resolve(cwd, values.out),
    root: values.root === undefined ? PROJECT_ROOT : resolve(cwd, values.root),
    help: values.help,
  }
}
