import { describe, expect, it } from 'vitest'
import type { RecordableReport } from '../../scripts/lib/broker/recordable-report.ts'
import { verificationResults } from '../../scripts/lib/broker/verification-results.ts'

type Interaction = RecordableReport['vendors'][number]['interactions'][number]

const verifiedBy = { implementation: 'pact-core', version: '19.2.0' }
const provider = { version: 'c0ffee1', buildUrl: 'https://ci.example.test/runs/42' }

function interaction(description: string, outcome: Interaction['outcome'], extra: Partial<Interaction> = {}): Interaction {
  return {
    consumer: 'benefits-integration',
    description,
    providerStates: [],
    request: { method: 'GET', path: '/x' },
    outcome,
    mismatches: [],
    pending: false,
    ...extra,
  }
}

const report = (...interactions: Interaction[]): RecordableReport => ({ vendors: [{ vendor: 'northwind', interactions }] })
const successOf = (...interactions: Interaction[]) => verificationResults(report(...interactions), provider, verifiedBy).map((result) => result.body.success)

describe('verificationResults', () => {
  it('records success when every non-pending interaction is verified, listing every interaction', () => {
    const mismatch = { field: 'status', expected: 404, actual: 200, detail: 'expected 404 but was 200' }
    const results = verificationResults(
      report(interaction('employee-not-found', 'verified'), interaction('bare-shape', 'mismatch', { pending: true, mismatches: [mismatch] })),
      provider,
      verifiedBy,
    )
    expect(results).toEqual([
      {
        consumer: 'benefits-integration',
        provider: 'northwind',
        body: {
          success: true,
          providerApplicationVersion: 'c0ffee1',
          buildUrl: 'https://ci.example.test/runs/42',
          testResults: [
            { description: 'employee-not-found', outcome: 'verified', success: true, pending: false },
            { description: 'bare-shape', outcome: 'mismatch', success: false, pending: true, mismatches: [mismatch] },
          ],
          verifiedBy,
        },
      },
    ])
  })

  it('records failure when a non-pending interaction mismatched', () => {
    expect(successOf(interaction('a', 'verified'), interaction('b', 'mismatch'))).toEqual([false])
  })

  it('records failure when a non-pending interaction was unavailable, with the reason', () => {
    const results = verificationResults(
      report(interaction('a', 'verified'), interaction('b', 'unavailable', { reason: 'connection refused' })),
      provider,
      verifiedBy,
    )
    expect(results.map((result) => result.body.success)).toEqual([false])
    expect(results[0]!.body.testResults[1]).toEqual({ description: 'b', outcome: 'unavailable', success: false, pending: false, reason: 'connection refused' })
  })

  it('records failure for a pact whose interactions are all pending: it proves nothing', () => {
    expect(successOf(interaction('a', 'verified', { pending: true }))).toEqual([false])
  })

  it('makes one result per consumer of a vendor, and none for a vendor without interactions', () => {
    const results = verificationResults(
      {
        vendors: [
          {
            vendor: 'wingtip',
            interactions: [interaction('a', 'verified', { consumer: 'booking-integration' }), interaction('b', 'mismatch', { consumer: 'calendar' })],
          },
          { vendor: 'contoso', interactions: [] },
        ],
      },
      { version: 'c0ffee1' },
      verifiedBy,
    )
    expect(results.map(({ consumer, provider, body }) => ({ consumer, provider, success: body.success, buildUrl: body.buildUrl }))).toEqual([
      { consumer: 'booking-integration', provider: 'wingtip', success: true, buildUrl: undefined },
      { consumer: 'calendar', provider: 'wingtip', success: false, buildUrl: undefined },
    ])
    expect(results[0]!.body).not.toHaveProperty('buildUrl')
  })
})
