import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { allProfiles } from '../../../providers/verification/profiles.ts'
import { createRedactor } from '../../../providers/verification/redactor.ts'
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
  if (options.out) {
    // Found out before a run of minutes, not after it: the report's folder must be usable.
    try {
      mkdirSync(dirname(resolve(options.out)), { recursive: true })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why =
        code === 'EEXIST' || code === 'ENOTDIR'
          ? 'part of its folder path is a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? (error as Error).message)
      return fail(`cannot write ${options.out}: ${why}`)
    }
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
  return report.exitCode
}
