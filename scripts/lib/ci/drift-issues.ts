import { createHash } from 'node:crypto'
import { upsertIssue } from './upsert-issue.ts'

/** One vendor's entry of the drift report (`npm run drift -- --format json`). */
export interface DriftVendorReport {
  vendor: string
  source: string
  outcome: 'unchanged' | 'drift' | 'error'
  changes: Array<{ kind: string; status: number | string | null; code: string | number | null; detail: string }>
  warnings: string[]
}

/** The few GitHub issue calls the nightly run needs, so tests can pass a fake. */
export interface IssueTracker {
  /** Open issues carrying `label`, with their bodies. */
  openIssues(label: string): Promise<Array<{ number: number; title: string; body: string }>>
  create(issue: { title: string; body: string; labels: string[] }): Promise<number>
  update(number: number, body: string): Promise<void>
  comment(number: number, body: string): Promise<void>
}

/** An {@link IssueTracker} that can also close an issue it opened, once what it reports is gone. */
export interface ClosableIssueTracker extends IssueTracker {
  close(number: number): Promise<void>
}

/** What was done for one vendor. */
export type DriftIssueAction = { vendor: string; action: 'created' | 'updated' | 'unchanged'; issue: number }

export const DRIFT_LABEL = 'doc-drift'

function marker(vendor: string): string {
  return `<!-- doc-drift:${vendor} -->`
}

function fingerprint(report: DriftVendorReport): string {
  const changes = report.changes.map((change) => `${change.kind}|${change.status}|${change.code}|${change.detail}`).sort()
  return createHash('sha256').update(JSON.stringify(changes)).digest('hex').slice(0, 16)
}

/**
 * The issue body for a drifted vendor: a marker that finds the issue again, a fingerprint of the
 * changes, and the changes as a Markdown table.
 *
 * @example
 * driftIssueBody(report) // '<!-- doc-drift:usta -->\n<!-- fingerprint:… -->\n…'
 */
export function driftIssueBody(report: DriftVendorReport): string {
  const rows = report.changes.map((change) => `| ${change.kind} | ${change.status ?? ''} | ${change.code ?? ''} | ${change.detail.replace(/\|/g, '\\|')} |`)
  return [
    marker(report.vendor),
    `<!-- fingerprint:${fingerprint(report)} -->`,
    `The error page of **${report.vendor}** (${report.source}) no longer says what the catalog records.`,
    '',
    '| change | status | code | detail |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(report.warnings.length ? ['Warnings:', ...report.warnings.map((warning) => `- ${warning}`), ''] : []),
    'Review the page, update `providers/' + report.vendor + '/catalog.json`, regenerate contracts, then `npm run drift -- --live --accept`.',
  ].join('\n')
}

/**
 * Opens one issue per drifted vendor, or updates the open one: never a duplicate, and no new
 * comment when the same drift was already reported.
 *
 * @example
 * await fileDriftIssues(report.vendors, githubIssues(token, 'org/repo'))
 */
export async function fileDriftIssues(vendors: readonly DriftVendorReport[], tracker: IssueTracker): Promise<DriftIssueAction[]> {
  const open = await tracker.openIssues(DRIFT_LABEL)
  const actions: DriftIssueAction[] = []
  for (const report of vendors) {
    if (report.outcome !== 'drift') continue
    const done = await upsertIssue(tracker, open, {
      marker: marker(report.vendor),
      fingerprint: fingerprint(report),
      title: `Vendor doc drift: ${report.vendor}`,
      body: driftIssueBody(report),
      label: DRIFT_LABEL,
      changedComment: 'The drift changed since this issue was last updated; the description now shows the current changes.',
    })
    actions.push({ vendor: report.vendor, ...done })
  }
  return actions
}
