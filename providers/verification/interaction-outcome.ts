/** How one interaction ended: the vendor agreed, disagreed, or could not be asked. */
export type Outcome = 'verified' | 'mismatch' | 'unavailable'

/** One difference between the vendor's answer and the contract, field by field. */
export interface Mismatch {
  /** `status`, `header Content-Type`, `body $.errors.error_code`, `body content type`, ... */
  field: string
  expected?: unknown
  actual?: unknown
  /** The verifier's own words for it. */
  detail: string
}

/** The result of verifying one interaction. */
export interface InteractionResult {
  outcome: Outcome
  mismatches: Mismatch[]
  /** Why it is `unavailable`. */
  reason?: string | undefined
  /** Retries, honoured waits and failed clean-ups along the way. */
  notes: string[]
  durationMs: number
}
