/**
 * `npm run report [-- --verify <file> --drift <file> --assumptions <file> --replay <file> --contracts <dir> --out-dir <dir> --quiet]`
 *
 * Writes reports/report.html (the matrix), reports/summary.md (for $GITHUB_STEP_SUMMARY) and
 * reports/verify.junit.xml + reports/drift.junit.xml from the latest results. Missing results show
 * as "not run". Exit 0 when written, 1 when an input was present but unusable (the report is still
 * written, with the problem in it), 2 on bad arguments or an output folder that cannot be written.
 */
import { parseReportArgs, shownPath, type ReportOptions } from './lib/report/report-options.ts'
import { writeReport } from './lib/report/write-report.ts'

let options: ReportOptions
try {
  options = parseReportArgs(process.argv.slice(2))
} catch (error) {
  console.error(`report: ${(error as Error).message}`)
  console.error(
    'report: usage: npm run report -- [--verify <file>] [--drift <file>] [--assumptions <file>] [--replay <file>] [--contracts <dir>] [--out-dir <dir>] [--quiet]',
  )
  process.exit(2)
}
let written: ReturnType<typeof writeReport>
try {
  written = writeReport(options)
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
  console.error(`report: cannot write the report to ${shownPath(options.outDir, options.root)} (${code})`)
  process.exit(2)
}
const { files, problems, model } = written
if (!options.quiet)
  for (const input of model.inputs) if (input.state === 'missing') console.log(`report: ${input.name}: ${input.file} is missing, shown as not run`)
for (const problem of problems) console.error(`report: ${problem}`)
if (!options.quiet) console.log(`report: wrote ${files.map((file) => shownPath(file, options.root)).join(', ')}`)
process.exitCode = problems.length ? 1 : 0
