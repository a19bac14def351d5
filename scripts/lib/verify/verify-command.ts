import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { allProfiles } from '../../../providers/verification/profiles.ts'
import { createRedactor } from '../../../providers/verification/redactor.ts'
import { LEDGER_WRITERS } from '../assumptions/ledger-formats.ts'
import { tallyVerdicts } from '../assumptions/ledger.ts'
import { ledgerFileFor, runLedger } from '../assumptions/run-ledger.ts'
import { createProgress } from '../output/progress.ts'
import { REPORT_WRITERS } from './formats/index.ts'
import { formatText } from './formats/format-text.ts'
import { runVerification } from './run-verification.ts'
import { parseVerifyOptions, VERIFY_USAGE, VerifyUsageError } from './verify-options.ts'
import { writeFileAtomically } from './write-file-atomically.ts'

/** Where the command writes, and the environment it reads (tests pass their own). */
export interface CommandIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
}

/** The exit code when verification could not run at all (bad options, unreadable contracts, report not writable). */
export const COULD_NOT_RUN = 3

/**
 * `npm run verify`: parses options, verifies, writes the report (to `--out` atomically, else
 * stdout) and the per-vendor summary, and returns the exit code (0/1/2, 3 when it could not run).
 *
 * @example
 * process.exitCode = await verifyCommand(process.argv.slice(2))
 */
export async function verifyCommand(argv: string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const profiles = await allProfiles()
  const redactor = createRedactor(profiles.flatMap((profile) => profile.env.filter((variable) => variable.secret).map((variable) => io.env[variable.name])))
  const fail = (message: string) => {
    io.stderr.write(`verify: ${redactor.redact(message)}\n`)
    return COULD_NOT_RUN
  }
  let options
  try {
    options = parseVerifyOptions(argv)
  } catch (error) {
    if (error instanceof VerifyUsageError) return fail(`${error.message}\n${VERIFY_USAGE}`)
    throw error
  }
  if (options.help) {
    io.stdout.write(`${VERIFY_USAGE}\n`)
    return 0
  }
  if (options.listEnv) {
    for (const profile of profiles) {
      for (const variable of [profile.urlEnv, ...profile.env]) io.stdout.write(`${variable.name}${variable.secret ? ' (secret)' : ''}: ${variable.purpose}\n`)
    }
    return 0
  }
  const ledgerFile = options.assumptionsOut ?? ledgerFileFor(options.out)
  // Found out before a run of minutes, not after it: the report's and the ledger's folders must be usable.
  for (const file of [options.out, ledgerFile]) {
    const unusable = file === undefined ? undefined : unusableFolder(file)
    if (unusable) return fail(`cannot write ${file}: ${unusable}`)
  }
  let report
  const progress = createProgress({ task: 'verify', unit: 'interactions', stream: io.stderr, quiet: options.quiet, env: io.env })
  try {
    report = await runVerification(options, io.env, progress)
  } catch (error) {
    return fail((error as Error).message)
  } finally {
    progress.finish()
  }
  const rendered = REPORT_WRITERS[options.format](report)
  if (options.out) {
    try {
      writeFileAtomically(options.out, rendered)
    } catch (error) {
      return fail((error as Error).message)
    }
    if (!options.quiet) io.stdout.write(formatText(report))
  } else {
    io.stdout.write(rendered)
    if (!options.quiet && options.format !== 'text') io.stderr.write(formatText(report))
  }
  // Every catalog assumption's verdict in this run, for npm run assumptions, the report and the nightly issues.
  let ledger
  try {
    const run = runLedger(report)
    for (const problem of run.problems) io.stderr.write(`verify: assumptions: ${redactor.redact(problem)} (its assumptions are left out of the ledger)\n`)
    ledger = run.ledger
    writeFileAtomically(ledgerFile, LEDGER_WRITERS.json(ledger))
  } catch (error) {
    return fail((error as Error).message)
  }
  if (!options.quiet) {
    const tally = tallyVerdicts(ledger.vendors.flatMap((vendor) => vendor.assumptions))
    io.stderr.write(`verify: assumptions: ${tally.refuted} refuted, ${tally.confirmed} confirmed, ${tally.untested} untested: ${ledgerFile}\n`)
  }
  return report.exitCode
}

/** Why a file's folder cannot be made or used, or undefined when it can. */
function unusableFolder(file: string): string | undefined {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true })
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR') return 'part of its folder path is a file'
    return code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message)
  }
}
