import { createHash } from 'node:crypto'
import type { AssumptionLedger, LedgerAssumption, LedgerVendor } from '../assumptions/ledger.ts'
import { escapeMarkdown as md } from '../report/escape-markup.ts'
import type { ClosableIssueTracker } from './drift-issues.ts'
import { upsertIssue } from './upsert-issue.ts'

/** The label of the issues this files, one per vendor. */
export const ASSUMPTION_LABEL = 'refuted-assumption'

/** What was done for one vendor. */
export type AssumptionIssueAction = {
  vendor: string
  /** `left-open`: nothing is refuted, but what the issue lists was not checked again (untested), so it stays. */
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'left-open'
  issue: number
}

function marker(vendor: string): string {
  return `<!-- refuted-assumptions:${vendor} -->`
}

/** The refuted assumptions an issue lists, kept in its body so a later run knows what to check. */
const LISTED = /<!-- refuted-list:(\[.*?\]) -->/

function key(assumption: Pick<LedgerAssumption, 'entry' | 'field'>): string {
  return `${assumption.entry}|${assumption.field}`
}

function fingerprint(refuted: readonly LedgerAssumption[]): string {
  const lines = refuted.map((assumption) => `${key(assumption)}|${assumption.actual ?? ''}`).sort()
  return createHash('sha256').update(JSON.stringify(lines)).digest('hex').slice(0, 16)
}

/**
 * The issue body for a vendor whose assumptions were refuted: a marker that finds the issue again,
 * a fingerprint, the refuted (entry, field) pairs for the next run, and a table with what the
 * vendor answered (escaped: it is vendor text).
 *
 * @example
 * assumptionIssueBody(ledger.vendors[0]) // '<!-- refuted-assumptions:usta -->\n<!-- fingerprint:… -->\n…'
 */
export function assumptionIssueBody(vendor: LedgerVendor): string {
  const refuted = vendor.assumptions.filter((assumption) => assumption.verdict === 'refuted')
  const run = refuted[0]
  return [
    marker(vendor.vendor),
    `<!-- fingerprint:${fingerprint(refuted)} -->`,
    `<!-- refuted-list:${JSON.stringify(refuted.map(key)).replace(/-->/g, '--\\u003e')} -->`,
    `Verification refuted ${refuted.length} assumption${refuted.length === 1 ? '' : 's'} of **${md(vendor.vendor)}**'s catalog` +
      (run ? ` (against ${md(run.target ?? 'an unknown target')}, run of ${md(run.checkedAt ?? 'an unknown time')}).` : '.'),
    '',
    '| entry | assumed field | the vendor answered |',
    '| --- | --- | --- |',
    ...refuted.map((assumption) => `| ${md(assumption.entry)} | ${md(assumption.field)} | ${md(assumption.actual ?? '')} |`),
    '',
    `Review each against the vendor, correct \`providers/${vendor.vendor}/catalog.json\` and regenerate the contracts, and record the verdicts with ` +
      '`npm run assumptions -- --record reports/assumptions.json` (a reviewed, committed change). This issue closes itself once a run finds none of them refuted.',
  ].join('\n')
}

/** Whether what an open issue listed was all checked again and found to hold (or is no longer assumed). */
function resolved(body: string, vendor: LedgerVendor): boolean {
  let listed: unknown
  try {
    listed = JSON.parse(LISTED.exec(body)?.[1] ?? 'null')
  } catch {
    listed = null
  }
  const verdicts = new Map(vendor.assumptions.map((assumption) => [key(assumption), assumption.verdict]))
  if (!Array.isArray(listed)) return vendor.assumptions.some((assumption) => assumption.verdict !== 'untested')
  return listed.every((item) => verdicts.get(String(item)) === undefined || verdicts.get(String(item)) === 'confirmed')
}

/**
 * Opens one issue per vendor with refuted assumptions, or updates the open one (never a duplicate,
 * no new comment for the same refutations), and closes it when no assumption of the vendor is
 * refuted any more and each one it listed was confirmed against a real target or is no longer
 * assumed. An issue whose assumptions went untested (the vendor could not be verified) stays open.
 * Vendors the ledger does not have are left alone.
 *
 * @example
 * await syncAssumptionIssues(ledger, githubIssues(token, 'org/repo'))
 */
export async function syncAssumptionIssues(ledger: AssumptionLedger, tracker: ClosableIssueTracker): Promise<AssumptionIssueAction[]> {
  const open = await tracker.openIssues(ASSUMPTION_LABEL)
  const actions: AssumptionIssueAction[] = []
  for (const vendor of ledger.vendors) {
    const refuted = vendor.assumptions.filter((assumption) => assumption.verdict === 'refuted')
    const existing = open.find((issue) => issue.body.includes(marker(vendor.vendor)))
    if (refuted.length === 0) {
      if (!existing) continue
      if (!resolved(existing.body, vendor)) {
        actions.push({ vendor: vendor.vendor, action: 'left-open', issue: existing.number })
        continue
      }
      await tracker.comment(
        existing.number,
        'No assumption listed here is refuted any more: each was confirmed against a real sandbox or is no longer assumed.',
      )
      await tracker.close(existing.number)
      actions.push({ vendor: vendor.vendor, action: 'closed', issue: existing.number })
      continue
    }
    const done = await upsertIssue(tracker, open, {
      marker: marker(vendor.vendor),
      fingerprint: fingerprint(refuted),
      title: `Refuted assumptions: ${vendor.vendor}`,
      body: assumptionIssueBody(vendor),
      label: ASSUMPTION_LABEL,
      changedComment: 'The refuted assumptions changed since this issue was last updated; the description now lists the current ones.',
    })
    actions.push({ vendor: vendor.vendor, ...done })
  }
  return actions
}
