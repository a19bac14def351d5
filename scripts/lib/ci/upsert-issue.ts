import type { IssueTracker } from './drift-issues.ts'

/** What became of one vendor's issue. */
export type UpsertAction = 'created' | 'updated' | 'unchanged'

/**
 * Opens an issue, or brings the open one that carries `marker` up to date: never a duplicate, and
 * no new comment when its body already carries `fingerprint` (the same findings were reported).
 *
 * @example
 * await upsertIssue(tracker, open, { marker, fingerprint, title, body, label, changedComment: 'The drift changed …' })
 * // { action: 'updated', issue: 12 }
 */
export async function upsertIssue(
  tracker: IssueTracker,
  open: ReadonlyArray<{ number: number; body: string }>,
  issue: { marker: string; fingerprint: string; title: string; body: string; label: string; changedComment: string },
): Promise<{ action: UpsertAction; issue: number }> {
  const existing = open.find((item) => item.body.includes(issue.marker))
  if (!existing) return { action: 'created', issue: await tracker.create({ title: issue.title, body: issue.body, labels: [issue.label] }) }
  if (existing.body.includes(`<!-- fingerprint:${issue.fingerprint} -->`)) return { action: 'unchanged', issue: existing.number }
  await tracker.update(existing.number, issue.body)
  await tracker.comment(existing.number, issue.changedComment)
  return { action: 'updated', issue: existing.number }
}
