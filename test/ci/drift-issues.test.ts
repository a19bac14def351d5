import { describe, expect, it } from 'vitest'
import { fileDriftIssues, type DriftVendorReport, type IssueTracker } from '../../scripts/lib/ci/drift-issues.ts'

function fakeTracker() {
  const issues: Array<{ number: number; title: string; body: string; labels: string[]; comments: string[] }> = []
  const tracker: IssueTracker = {
    openIssues: async (label) => issues.filter((issue) => issue.labels.includes(label)),
    create: async (issue) => {
      issues.push({ ...issue, number: issues.length + 1, comments: [] })
      return issues.length
    },
    update: async (number, body) => {
      issues[number - 1]!.body = body
    },
    comment: async (number, body) => {
      issues[number - 1]!.comments.push(body)
    },
  }
  return { tracker, issues }
}

const drifted = (detail: string): DriftVendorReport => ({
  vendor: 'fabrikam',
  source: 'https://example.test/fabrikam',
  outcome: 'drift',
  changes: [{ kind: 'added', status: 429, code: null, detail }],
  warnings: [],
})

describe('fileDriftIssues', () => {
  it('opens one issue per drifted vendor and none for unchanged or unreadable ones', async () => {
    const { tracker, issues } = fakeTracker()
    const unchanged: DriftVendorReport = { ...drifted('x'), vendor: 'contoso', outcome: 'unchanged', changes: [] }
    const failed: DriftVendorReport = { ...drifted('x'), vendor: 'tailspin', outcome: 'error', changes: [] }
    const actions = await fileDriftIssues([drifted('429 Too many requests'), unchanged, failed], tracker)
    expect(actions).toEqual([{ vendor: 'fabrikam', action: 'created', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ title: 'Vendor doc drift: fabrikam', labels: ['doc-drift'] })
    expect(issues[0]!.body).toContain('429 Too many requests')
  })

  it('never opens a duplicate on the next night when the same drift is still there', async () => {
    const { tracker, issues } = fakeTracker()
    await fileDriftIssues([drifted('429 Too many requests')], tracker)
    const second = await fileDriftIssues([drifted('429 Too many requests')], tracker)
    expect(second).toEqual([{ vendor: 'fabrikam', action: 'unchanged', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]!.comments).toEqual([])
  })

  it('updates the open issue, with one comment, when the drift changed', async () => {
    const { tracker, issues } = fakeTracker()
    await fileDriftIssues([drifted('429 Too many requests')], tracker)
    const next = await fileDriftIssues([drifted('409 Conflict')], tracker)
    expect(next).toEqual([{ vendor: 'fabrikam', action: 'updated', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]!.body).toContain('409 Conflict')
    expect(issues[0]!.comments).toHaveLength(1)
  })
})
