import { describe, expect, it } from 'vitest'
import { isDraftInteraction } from '../../providers/verification/pact-file.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { REPORT_WRITERS } from '../../scripts/lib/verify/formats/index.ts'
import { exitCodeOf, summarize, type InteractionReport, type VerificationReport } from '../../scripts/lib/verify/verification-report.ts'

const mismatch = { field: 'status', expected: 404, actual: 200, detail: 'expected 404 but was 200' }
const interaction = (description: string, extra: Partial<InteractionReport>): InteractionReport => ({
  consumer: 'acme-integration',
  description,
  providerStates: [],
  request: { method: 'GET', path: '/to-fill-in/x' },
  outcome: 'verified',
  mismatches: [],
  notes: [],
  durationMs: 3,
  pending: false,
  ...extra,
})
const interactions = [
  interaction('order-not-found: to fill in', { outcome: 'mismatch', pending: true, draft: true, mismatches: [mismatch] }),
  interaction('bad-request: a body without a name', {}),
]
const vendor = VENDOR_IDS[0]!
const report: VerificationReport = {
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 100,
  exitCode: exitCodeOf([{ interactions }]),
  skippedPacts: [],
  vendors: [
    {
      vendor,
      target: 'http://127.0.0.1:4010',
      targetKind: 'reference',
      referenceSandbox: true,
      interactions,
      summary: summarize(interactions),
      durationMs: 90,
    },
  ],
}

describe('a draft interaction in the verification report', () => {
  it('is read from the pact file’s draft comment', () => {
    expect(isDraftInteraction({ pending: true, comments: { draft: 'not reviewed yet' } })).toBe(true)
    expect(isDraftInteraction({ pending: true, comments: { text: ['a note'] } })).toBe(false)
    expect(isDraftInteraction({})).toBe(false)
  })

  it('is pending, so its mismatch fails no run', () => {
    expect(report.exitCode).toBe(0)
  })

  it('is shown as a draft in text, Markdown, JSON and JUnit', () => {
    const text = REPORT_WRITERS.text(report)
    expect(text).toMatch(
      new RegExp(`^${vendor}\\s+2 interactions: 1 verified, 1 mismatch, 0 unavailable \\(1 of them pending\\) \\[1 draft, not reviewed yet\\]`),
    )
    expect(text).toContain('(draft, pending, does not fail the run) order-not-found: to fill in')
    expect(REPORT_WRITERS.markdown(report)).toContain('- **mismatch** (draft, pending) order-not-found: to fill in')
    expect((JSON.parse(REPORT_WRITERS.json(report)) as VerificationReport).vendors[0]!.interactions.map((item) => item.draft)).toEqual([true, undefined])
    expect(REPORT_WRITERS.junit(report)).toContain('<skipped message="draft, pending, mismatch: status: expected 404, got 200"/>')
  })
})
