import type { InteractionResult, Mismatch, Outcome } from '../../../providers/verification/interaction-outcome.ts'
import type { PactProviderState } from '../../../providers/verification/pact-file.ts'
import type { JobTarget } from '../../../providers/verification/vendor-job.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'

/** One interaction in the report. */
export interface InteractionReport extends InteractionResult {
  consumer: string
  description: string
  providerStates: PactProviderState[]
  request: { method: string; path: string }
  mismatches: Mismatch[]
  /** A Pact pending interaction: reported like any other, but it never fails the run. */
  pending: boolean
  /** Set on a draft (written from the vendor's page, not yet reviewed by a person; always pending too). */
  draft?: true
}

/** One vendor in the report. */
export interface VendorReport {
  vendor: VendorId
  /** The target's URL without credentials. */
  target: string
  targetKind: JobTarget['kind']
  /**
   * Whether the target is one of our reference sandboxes: always for `reference`, never for `real`,
   * and for a `--target` URL whether it answered the reference sandbox's own probe. Verified against a
   * reference sandbox proves only that the sandbox agrees with the reading it was written from.
   */
  referenceSandbox: boolean
  interactions: InteractionReport[]
  summary: Record<Outcome, number>
  durationMs: number
  /** Something about the vendor as a whole, e.g. that it has no contracts. */
  note?: string | undefined
}

/** The whole report, as `--format json` writes it. */
export interface VerificationReport {
  startedAt: string
  durationMs: number
  exitCode: ExitCode
  vendors: VendorReport[]
  /** Pact files skipped because their provider is not one of the vendors (e.g. our own webhook). */
  skippedPacts: { file: string; provider: string }[]
}

/** 0 all verified, 1 any mismatch, 2 none mismatched but some unavailable (or nothing to verify). */
export type ExitCode = 0 | 1 | 2

/**
 * Counts outcomes.
 *
 * @example
 * summarize([{ outcome: 'verified' }]) // { verified: 1, mismatch: 0, unavailable: 0 }
 */
export function summarize(interactions: Pick<InteractionReport, 'outcome'>[]): Record<Outcome, number> {
  const summary: Record<Outcome, number> = { verified: 0, mismatch: 0, unavailable: 0 }
  for (const { outcome } of interactions) summary[outcome] += 1
  return summary
}

/**
 * The exit code for a set of vendor reports. Pending interactions do not count; a run with nothing
 * (else) to verify exits 2: it proves nothing.
 *
 * @example
 * exitCodeOf(report.vendors) // 0
 */
export function exitCodeOf(vendors: Pick<VendorReport, 'interactions'>[]): ExitCode {
  const counted = vendors.flatMap(({ interactions }) => interactions.filter((interaction) => !interaction.pending))
  if (counted.some(({ outcome }) => outcome === 'mismatch')) return 1
  if (counted.length === 0 || counted.some(({ outcome }) => outcome === 'unavailable')) return 2
  return 0
}
