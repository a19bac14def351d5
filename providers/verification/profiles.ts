import { VENDOR_IDS, type VendorId } from '../vendor-ids.ts'
import type { VerificationProfile } from './verification-profile.ts'

/** Each vendor's verification profile (env vars, credentials, provider states), loaded when asked for. */
const PROFILES: Partial<Record<VendorId, () => Promise<VerificationProfile>>> = {
  plansource: async () => (await import('../plansource/verification.ts')).plansourceVerification,
  usta: async () => (await import('../usta/verification.ts')).ustaVerification,
  aplos: async () => (await import('../aplos/verification.ts')).aplosVerification,
  docplanner: async () => (await import('../docplanner/verification.ts')).docplannerVerification,
  plusauth: async () => (await import('../plusauth/verification.ts')).plusauthVerification,
}

/**
 * Loads a vendor's verification profile, or undefined when the vendor has none yet.
 *
 * @example
 * const profile = await loadProfile('plansource')
 */
export async function loadProfile(vendor: VendorId): Promise<VerificationProfile | undefined> {
  return PROFILES[vendor]?.()
}

/**
 * Loads every vendor's profile that exists, in vendor-id order (for listing environment variables).
 *
 * @example
 * for (const profile of await allProfiles()) console.log(profile.urlEnv.name)
 */
export async function allProfiles(): Promise<VerificationProfile[]> {
  const loaders = VENDOR_IDS.flatMap((vendor) => (PROFILES[vendor] ? [PROFILES[vendor]] : []))
  return Promise.all(loaders.map((load) => load()))
}
