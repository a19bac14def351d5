/**
 * `npm run drift-issues -- [--report reports/drift.json]`: opens or updates one GitHub issue per
 * vendor that drifted (nightly workflow). Needs GITHUB_TOKEN and GITHUB_REPOSITORY; skips without them.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { fileDriftIssues, type DriftVendorReport } from './lib/ci/drift-issues.ts'
import { githubIssues } from './lib/ci/github-issues.ts'

const { values } = parseArgs({ options: { report: { type: 'string', default: 'reports/drift.json' } } })
const { GITHUB_TOKEN, GITHUB_REPOSITORY } = process.env
if (!GITHUB_TOKEN || !GITHUB_REPOSITORY) {
  console.log('drift-issues: skipped: GITHUB_TOKEN and GITHUB_REPOSITORY are not both set')
  process.exit(0)
}
let vendors: DriftVendorReport[]
try {
  vendors = (JSON.parse(readFileSync(values.report, 'utf8')) as { vendors: DriftVendorReport[] }).vendors
} catch (error) {
  console.error(`drift-issues: cannot read the drift report ${values.report}: ${(error as Error).message}`)
  process.exit(2)
}
for (const action of await fileDriftIssues(vendors, githubIssues(GITHUB_TOKEN, GITHUB_REPOSITORY))) {
  console.log(`drift-issues: ${action.vendor}: ${action.action} issue #${action.issue}`)
}
