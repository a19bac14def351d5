import { relative } from 'node:path'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import { writeFileAtomically } from '../verify/write-file-atomically.ts'
import { isAssumptionsInputError } from './assumptions-input-error.ts'
import { ASSUMPTIONS_USAGE, parseAssumptionsOptions, type AssumptionsOptions } from './assumptions-options.ts'
import { readableCatalogs } from './ledger-catalogs.ts'
import { LEDGER_WRITERS } from './ledger-formats.ts'
import { readLedgerSource } from './ledger-source.ts'
import { recordVerdicts } from './record-verdicts.ts'

/** Where the command writes (tests pass their own) and the folder paths are relative to. */
export interface AssumptionsIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  cwd: string
}

/** The exit code for bad options or an input that cannot be used. */
export const BAD_INPUT = 2

function shown(file: string, cwd: string): string {
  const inside = relative(cwd, file)
  return inside && !inside.startsWith('..') ? inside : file
}

function readLedger(file: string, options: AssumptionsOptions, cwd: string) {
  const vendors = options.vendors.length ? options.vendors : VENDOR_IDS
  return readLedgerSource(file, () => readableCatalogs(options.root, vendors), shown(file, cwd))
}

async function run(options: AssumptionsOptions, io: AssumptionsIo): Promise<number> {
  if (options.recordFile) {
    const source = shown(options.recordFile, io.cwd)
    const { ledger } = readLedger(options.recordFile, options, io.cwd)
    for (const result of await recordVerdicts(ledger, { source, root: options.root, vendors: options.vendors })) {
      const what = result.written
        ? `recorded ${result.recorded} verdict${result.recorded === 1 ? '' : 's'} in ${result.file}`
        : `nothing new for ${result.file}`
      io.stdout.write(`assumptions: ${result.vendor}: ${what}\n`)
      for (const skipped of result.skipped) io.stderr.write(`assumptions: ${result.vendor}: skipped ${skipped}\n`)
    }
    return 0
  }
  const { ledger } = readLedger(options.verifyFile, options, io.cwd)
  const selected = { ...ledger, vendors: ledger.vendors.filter((vendor) => !options.vendors.length || (options.vendors as string[]).includes(vendor.vendor)) }
  const rendered = LEDGER_WRITERS[options.format](selected)
  if (options.out) writeFileAtomically(options.out, rendered)
  else io.stdout.write(rendered)
  return 0
}

/**
 * `npm run assumptions`: lists every catalog assumption's verdict from a verify report or a ledger
 * (`--vendor`, `--format`, `--out`), or with `--record <report>` writes the confirmed and refuted
 * verdicts into the catalogs. Returns the exit code: 0 done, 2 bad options or input, with a message
 * naming the option, file or field (never a stack trace).
 *
 * @example
 * process.exitCode = await assumptionsCommand(process.argv.slice(2))
 */
export async function assumptionsCommand(
  argv: readonly string[],
  io: AssumptionsIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  try {
    const options = parseAssumptionsOptions(argv, io.cwd)
    if (options.help) {
      io.stdout.write(`${ASSUMPTIONS_USAGE}\n`)
      return 0
    }
    return await run(options, io)
  } catch (error) {
    const known = isAssumptionsInputError(error) || (error instanceof Error && ['CatalogError', 'VerifyUsageError'].includes(error.name))
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`assumptions: ${known ? message : `failed: ${message}`}\n`)
    if (isAssumptionsInputError(error) && /^(Unknown option|Option|--)/.test(message)) io.stderr.write(`${ASSUMPTIONS_USAGE}\n`)
    return BAD_INPUT
  }
}
