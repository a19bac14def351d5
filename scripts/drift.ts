/**
 * `npm run drift` compares each vendor's error page with its catalog and reports added, removed
 * and changed errors. Options and exit codes: `npm run drift -- --help` (scripts/lib/drift/drift-args.ts).
 */
import { VENDOR_IDS } from '../providers/vendor-ids.ts'
import { DRIFT_USAGE, parseDriftArgs, type DriftCommand } from './lib/drift/drift-args.ts'
import { exitCodeOf, type DriftReport } from './lib/drift/drift-report.ts'
import { formatReport } from './lib/drift/format-report.ts'
import { runDrift } from './lib/drift/run-drift.ts'
import { writeFileAtomic } from './lib/drift/write-file-atomic.ts'
import { createProgress } from './lib/output/progress.ts'

/** How each drift outcome shows in the progress lines. */
const PROGRESS_OUTCOMES = { unchanged: 'ok', drift: 'failed', error: 'warning' } as const

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
const progress = createProgress({ task: 'drift', unit: 'pages', quiet: command.quiet, env: process.env })
const report: DriftReport = { vendors: [] }
try {
  for (const vendor of command.vendors.length > 0 ? [...new Set(command.vendors)] : VENDOR_IDS) {
    progress.vendorStarted(vendor)
    report.vendors.push(...(await runDrift({ ...command, vendors: [vendor] })).vendors)
    const result = report.vendors.at(-1)!
    const summary =
      result.outcome === 'error'
        ? (result.error?.message ?? 'the page could not be read')
        : result.outcome === 'drift'
          ? `${result.changes.length} changes`
          : 'unchanged'
    progress.vendorDone(vendor, { outcome: PROGRESS_OUTCOMES[result.outcome], summary })
  }
} finally {
  progress.finish()
}
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
