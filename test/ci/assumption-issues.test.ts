import { describe, expect, it } from 'vitest'
import { ASSUMPTION_LABEL, syncAssumptionIssues } from '../../scripts/lib/ci/assumption-issues.ts'
import type { ClosableIssueTracker } from '../../scripts/lib/ci/drift-issues.ts'
import type { AssumptionLedger, LedgerAssumption, Verdict } from '../../scripts/lib/assumptions/ledger.ts'

function fakeTracker() {
  const issues: Array<{ number: number; title: string; body: string; labels: string[]; comments: string[]; state: 'open' | 'closed' }> = []
  const tracker: ClosableIssueTracker = {
    openIssues: async (label) => issues.filter((issue) => issue.state === 'open' && issue.labels.includes(label)),
    create: async (issue) => {
      issues.push({ ...issue, number: issues.length + 1, comments: [], state: 'open' })
      return issues.length
    },
    update: async (number, body) => {
      issues[number - 1]!.body = body
    },
    comment: async (number, body) => {
      issues[number - 1]!.comments.push(body)
    },
    close: async (number) => {
      issues[number - 1]!.state = 'closed'
    },
  }
  return { tracker, issues }
}

const assumption = (entry: string, field: string, verdict: Verdict, actual: string | null = null): LedgerAssumption => ({
  entry,
  field,
  verdict,
  target: 'https://sandbox.fabrikam.test',
  checkedAt: '2026-05-06T07:08:09.000Z',
  actual: verdict === 'refuted' ? (actual ?? 'text/plain') : null,
})

const ledger = (...assumptions: LedgerAssumption[]): AssumptionLedger => ({ vendors: [{ vendor: 'fabrikam', assumptions }] })

describe('syncAssumptionIssues', () => {
  it('opens one issue per vendor with refuted assumptions, listing each with what the vendor answered, and none for the others', async () => {
    const { tracker, issues } = fakeTracker()
    const actions = await syncAssumptionIssues(
      {
        vendors: [
          {
            vendor: 'fabrikam',
            assumptions: [assumption('rate-limited', 'contentType', 'refuted', 'text/html'), assumption('rate-limited', 'status', 'confirmed')],
          },
          { vendor: 'contoso', assumptions: [assumption('expired-token', 'status', 'confirmed')] },
          { vendor: 'tailspin', assumptions: [assumption('missing-token', 'status', 'untested')] },
        ],
      },
      tracker,
    )
    expect(actions).toEqual([{ vendor: 'fabrikam', action: 'created', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ title: 'Refuted assumptions: fabrikam', labels: [ASSUMPTION_LABEL], state: 'open' })
    expect(issues[0]!.body).toContain('| rate-limited | contentType | text/html |')
    expect(issues[0]!.body).not.toContain('| rate-limited | status |')
  })

  it('never opens a duplicate, nor comments, when the same assumptions are still refuted', async () => {
    const { tracker, issues } = fakeTracker()
    await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted')), tracker)
    const second = await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted')), tracker)
    expect(second).toEqual([{ vendor: 'fabrikam', action: 'unchanged', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]!.comments).toEqual([])
  })

  it('updates the open issue, with one comment, when the refuted assumptions changed', async () => {
    const { tracker, issues } = fakeTracker()
    await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted')), tracker)
    const next = await syncAssumptionIssues(
      ledger(assumption('rate-limited', 'contentType', 'refuted'), assumption('not-found', 'body.errors', 'refuted', '[]')),
      tracker,
    )
    expect(next).toEqual([{ vendor: 'fabrikam', action: 'updated', issue: 1 }])
    expect(issues).toHaveLength(1)
    expect(issues[0]!.body).toContain('| not-found | body.errors | \\[\\] |')
    expect(issues[0]!.comments).toHaveLength(1)
  })

  it('closes the issue, with a comment, once every assumption it listed is confirmed or no longer assumed', async () => {
    const { tracker, issues } = fakeTracker()
    await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted'), assumption('not-found', 'status', 'refuted')), tracker)
    const actions = await syncAssumptionIssues(
      ledger(assumption('rate-limited', 'contentType', 'confirmed'), assumption('other', 'status', 'untested')),
      tracker,
    )
    expect(actions).toEqual([{ vendor: 'fabrikam', action: 'closed', issue: 1 }])
    expect(issues[0]!.state).toBe('closed')
    expect(issues[0]!.comments).toHaveLength(1)
    expect(await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'confirmed')), tracker)).toEqual([])
  })

  it('leaves the issue open when what it listed went untested (the vendor could not be verified)', async () => {
    const { tracker, issues } = fakeTracker()
    await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted')), tracker)
    const actions = await syncAssumptionIssues(
      ledger(assumption('rate-limited', 'contentType', 'untested'), assumption('other', 'status', 'confirmed')),
      tracker,
    )
    expect(actions).toEqual([{ vendor: 'fabrikam', action: 'left-open', issue: 1 }])
    expect(issues[0]!.state).toBe('open')
    expect(issues[0]!.comments).toEqual([])
  })

  it('leaves alone the issues of vendors the ledger does not have, and escapes vendor text', async () => {
    const { tracker, issues } = fakeTracker()
    await syncAssumptionIssues(ledger(assumption('rate-limited', 'contentType', 'refuted', '<img src=x> @team')), tracker)
    expect(issues[0]!.body).toContain('\\<img src=x\\> \\@team')
    expect(await syncAssumptionIssues({ vendors: [{ vendor: 'contoso', assumptions: [] }] }, tracker)).toEqual([])
    expect(issues[0]!.state).toBe('open')
  })
})
