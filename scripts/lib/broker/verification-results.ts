import type { Outcome } from '../../../providers/verification/interaction-outcome.ts'
import type { RecordableReport } from './recordable-report.ts'

type ReportedInteraction = RecordableReport['vendors'][number]['interactions'][number]

/** One interaction's line in `testResults`: the broker stores it as given and shows it beside the result. */
export interface InteractionTestResult {
  description: string
  outcome: Outcome
  /** `outcome === 'verified'`. */
  success: boolean
  /** A pending interaction's outcome is reported here but does not decide the pact's `success`. */
  pending: boolean
  /** Field by field (`field`, `expected`, `actual`, `detail`), as the verify report has them. */
  mismatches?: unknown[]
  /** Why the interaction is `unavailable`. */
  reason?: string
}

/** Who ran the verification, as the broker's `verifiedBy` records it. */
export interface VerifiedBy {
  implementation: string
  version: string
}

/**
 * The body POSTed to a pact's `pb:publish-verification-results` link.
 *
 * @see https://docs.pact.io/pact_broker/advanced_topics/api_docs/publish_verification_result/
 */
export interface VerificationResultBody {
  success: boolean
  providerApplicationVersion: string
  buildUrl?: string
  testResults: InteractionTestResult[]
  verifiedBy: VerifiedBy
}

/** The result for one pact: a (consumer, provider) pair of the verify report. */
export interface PactVerificationResult {
  consumer: string
  provider: string
  body: VerificationResultBody
}

/** The provider version results are recorded under, and the CI build that produced them. */
export interface ProviderVersion {
  version: string
  buildUrl?: string | undefined
}

/**
 * One verification result per (consumer, provider) pair in a verify report, in report order.
 * `success` is true only when the pact has at least one non-pending interaction and every
 * non-pending one is `verified`: a `mismatch` disproves the contract, and an `unavailable` one
 * (the sandbox could not be asked) proves nothing, so it is not a success either. Pending
 * interactions are this suite's alternative readings of self-contradicting docs, which the consumer
 * does not rely on: their outcome is listed in `testResults` but never decides `success`.
 *
 * @example
 * verificationResults(report, { version: '3f2a…' }, { implementation: 'pact-core', version: '19.2.0' })
 * // [{ consumer: 'benefits-integration', provider: 'plansource', body: { success: true, providerApplicationVersion: '3f2a…', … } }]
 */
export function verificationResults(report: RecordableReport, provider: ProviderVersion, verifiedBy: VerifiedBy): PactVerificationResult[] {
  const results: PactVerificationResult[] = []
  for (const vendor of report.vendors) {
    const byConsumer = new Map<string, ReportedInteraction[]>()
    for (const interaction of vendor.interactions) byConsumer.set(interaction.consumer, [...(byConsumer.get(interaction.consumer) ?? []), interaction])
    for (const [consumer, interactions] of byConsumer) {
      const counted = interactions.filter((interaction) => interaction.pending !== true)
      results.push({
        consumer,
        provider: vendor.vendor,
        body: {
          success: counted.length > 0 && counted.every((interaction) => interaction.outcome === 'verified'),
          providerApplicationVersion: provider.version,
          ...(provider.buildUrl ? { buildUrl: provider.buildUrl } : {}),
          testResults: interactions.map(testResult),
          verifiedBy,
        },
      })
    }
  }
  return results
}

function testResult(interaction: ReportedInteraction): InteractionTestResult {
  return {
    description: interaction.description,
    outcome: interaction.outcome,
    success: interaction.outcome === 'verified',
    pending: interaction.pending === true,
    ...(interaction.mismatches.length ? { mismatches: interaction.mismatches } : {}),
    ...(interaction.reason ? { reason: interaction.reason } : {}),
  }
}
