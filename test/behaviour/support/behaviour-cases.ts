import type { ReplayVendor, ScenarioName } from '../../../consumers/replay/replay.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { conventionExports } from '../../../scripts/lib/load-convention.ts'

/** A vendor with contracts to replay. */
export type ReplayedVendor = VendorId & ReplayVendor

/**
 * How a vendor's client must behave on each of its documented errors, by scenario name (checked
 * against the contracts at compile time): `consumers/<id>/behaviour-cases.ts`, exported as
 * `behaviourCases`. The behaviour tests loop over every vendor's cases; an empty list says the
 * vendor documents no such error.
 */
export interface BehaviourCases<Vendor extends ReplayVendor = ReplayedVendor> {
  /** 4xx answers about the request itself: sending it again cannot help, nor can a new token. */
  clientErrors: readonly ScenarioName<Vendor>[]
  /** Answers that mean "this thing does not exist", whatever status the vendor uses for it (a subset of the client errors). */
  missing: readonly ScenarioName<Vendor>[]
  /** 5xx answers and 429s without a hint: worth another try later. */
  transient: readonly ScenarioName<Vendor>[]
  /** One transient answer after which the vendor recovers, for the retry to succeed; none where nothing is transient. */
  recoversOnRetry?: ScenarioName<Vendor>
  /** 5xx answers to writes, after which the write may have gone through: not to be repeated. */
  writeMayHaveHappened: readonly ScenarioName<Vendor>[]
  /** Answers that mean "your access token expired": a new token can fix them. */
  expiredToken: readonly ScenarioName<Vendor>[]
  /** Documented 401s a new token cannot fix (wrong audience, issuer, scope or rights, a revoked token). */
  notFixedByNewToken: readonly ScenarioName<Vendor>[]
  /** Calls made with no bearer token at all (or the wrong scheme): nothing to refresh. */
  noBearerToken: readonly ScenarioName<Vendor>[]
}

const cases = await conventionExports<BehaviourCases>('behaviourCases')

/**
 * A vendor's behaviour cases, or an error naming the file to write and the command to run.
 *
 * @example
 * behaviourCasesOf(vendor).transient // ['internal-server-error', …]
 */
export function behaviourCasesOf(vendor: VendorId): BehaviourCases {
  return cases.of(vendor)
}

/**
 * One kind of case of every given vendor, as `[vendor, scenario]` rows for `it.each`.
 *
 * @example
 * it.each(behaviourRows(testedVendors(), 'transient'))('%s "%s" is retried', async (vendor, scenario) => { … })
 */
export function behaviourRows(
  vendors: readonly VendorId[],
  kind: Exclude<keyof BehaviourCases, 'recoversOnRetry'>,
): Array<[ReplayedVendor, ScenarioName<ReplayedVendor>]> {
  return vendors.flatMap((vendor) =>
    behaviourCasesOf(vendor)[kind].map((scenario) => [vendor as ReplayedVendor, scenario] as [ReplayedVendor, ScenarioName<ReplayedVendor>]),
  )
}
