import { conventionExport } from '../vendor-conventions.ts'
import { VENDOR_IDS, type VendorId } from '../vendor-ids.ts'
import { VERIFICATION_MODULES } from './profiles.generated.ts'
import type { VerificationProfile } from './verification-profile.ts'

/** What `providers/<id>/verification.ts` exports. */
export interface VerificationModule {
  verificationProfile: VerificationProfile
}

/**
 * Loads a vendor's verification profile (env vars, credentials, provider states) from its folder
 * through the generated table, or undefined when the vendor has none yet.
 *
 * @example
 * const profile = await loadProfile(VENDOR_IDS[0])
 */
export async function loadProfile(vendor: VendorId): Promise<VerificationProfile | undefined> {
  const load = VERIFICATION_MODULES[vendor]
  return load ? conventionExport<VerificationProfile>('verification', vendor, await load()) : undefined
}

/**
 * Loads every vendor's profile that exists, in vendor-id order (for listing environment variables).
 *
 * @example
 * for (const profile of await allProfiles()) console.log(profile.urlEnv.name)
 */
export async function allProfiles(): Promise<VerificationProfile[]> {
  const profiles = await Promise.all(VENDOR_IDS.map(loadProfile))
  return profiles.filter((profile) => profile !== undefined)
}
