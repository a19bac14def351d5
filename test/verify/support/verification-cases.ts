import type { Drift } from '../../../providers/sandbox-kit/drift.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { conventionExports } from '../../../scripts/lib/load-convention.ts'
import type { Mismatch } from '../../../providers/verification/interaction-outcome.ts'

/**
 * What the verification tests provoke of one vendor (`providers/<id>/verification-cases.ts`,
 * exported as `verificationCases`; optional, as is each case): the tests loop over the vendors
 * that offer a case, and need at least one of them.
 */
export interface VerificationCases {
  /**
   * A drift of the reference sandbox that verification must report as a mismatch of exactly the
   * interactions it affects, and a mismatch it must name (`detail` is matched as a substring).
   */
  drift?: { drift: Drift; mismatch: Partial<Pick<Mismatch, 'field' | 'expected' | 'actual' | 'detail'>> }
  /** A provider state given parameters no entity has: verification must report it unavailable, naming the state and the reason. */
  unreachableState?: { name: string; params: Record<string, unknown>; reason: RegExp }
}

const cases = await conventionExports<VerificationCases>('verificationCases')

/**
 * The vendors that offer a verification case, with it.
 *
 * @example
 * for (const [vendor, drift] of casesOf('drift', testedVendors())) …
 */
export function casesOf<K extends keyof VerificationCases>(kind: K, vendors: readonly VendorId[]): Array<[VendorId, NonNullable<VerificationCases[K]>]> {
  return vendors.flatMap((vendor) => {
    const offered = cases.present.get(vendor)?.[kind]
    return offered === undefined ? [] : [[vendor, offered] as [VendorId, NonNullable<VerificationCases[K]>]]
  })
}
