/**
 * `npm run assumption-issues -- [--report reports/assumptions.json]`: opens or updates one GitHub
 * issue per vendor with refuted assumptions, and closes it when none remain (nightly workflow). The
 * report may also be a verify report, judged against the catalogs.
 * Needs GITHUB_TOKEN and GITHUB_REPOSITORY; skips without them. Exit 2 when the ledger cannot be read.
 */
import { parseArgs } from 'node:util'
import { readableCatalogs } from './lib/assumptions/ledger-catalogs.ts'
import { readLedgerSource } from './lib/assumptions/ledger-source.ts'
import { syncAssumptionIssues } from './lib/ci/assumption-issues.ts'
import { githubIssues } from './lib/ci/github-issues.ts'

let report: string
try {
  report = parseArgs({ options: { report: { type: 'string', default: 'reports/assumptions.json' } } }).values.report
} catch (error) {
  console.error(`assumption-issues: ${(error as Error).message}`)
  process.exit(2)
}
const { GITHUB_TOKEN, GITHUB_REPOSITORY } = process.env
if (!GITHUB_TOKEN || !GITHUB_REPOSITORY) {
  console.log('assumption-issues: skipped: GITHUB_TOKEN and GITHUB_REPOSITORY are not both set')
  process.exit(0)
}
let ledger
try {
  ;({ ledger } = readLedgerSource(report, () => readableCatalogs()))
} catch (error) {
  console.error(`assumption-issues: cannot read the assumption ledger: ${(error as Error).message}`)
  process.exit(2)
}
for (const action of await syncAssumptionIssues(ledger, githubIssues(GITHUB_TOKEN, GITHUB_REPOSITORY))) {
  console.log(`assumption-issues: ${action.vendor}: ${action.action} issue #${action.issue}`)
}
