/**
 * `npm run drift` compares each vendor's error page with its catalog and reports added, removed
 * and changed errors. Options and exit codes: `npm run drift -- --help` (scripts/lib/drift/drift-args.ts).
 */
import { DRIFT_USAGE, parseDriftArgs, type DriftCommand } from './lib/drift/drift-args.ts'
import { exitCodeOf } from './lib/drift/drift-report.ts'
import { formatReport } from './lib/drift/format-report.ts'
import { runDrift } from './lib/drift/run-drift.ts'
import { writeFileAtomic } from './lib/drift/write-file-atomic.ts'

let command: DriftCommand
try {
  command = parseDriftArgs(process.argv.slice(2), process.env)
} catch (error) {
  console.error(`drift: ${(error as Error).message}\n\n${DRIFT_USAGE}`)
  process.exit(2)
}
if (command.help) {
  console.log(DRIFT_USAGE)
  process.exit(0)
}
const report = await runDrift(command)
const output = formatReport(report, command.format)
const code = exitCodeOf(report)
if (command.out === undefined) {
  process.stdout.write(output)
} else {
  try {
    writeFileAtomic(command.out, output)
  } catch (error) {
    console.error(`drift: ${(error as Error).message}`)
    process.exit(2)
  }
  const outcomes = report.vendors.map((vendor) => `${vendor.vendor} ${vendor.outcome}`).join(', ')
  console.error(`drift: ${outcomes}; report written to ${command.out}`)
}
process.exitCode = code
