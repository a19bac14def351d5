import type { VerificationProfile } from '../../../providers/verification/verification-profile.ts'
import type { JobTarget } from '../../../providers/verification/vendor-job.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { checkUrl } from './verify-options.ts'

/**
 * Picks a vendor's target: `--target` first, else the real sandbox when `<VENDOR>_SANDBOX_URL` is
 * set, else the reference sandbox started in-process.
 *
 * @example
 * selectTarget('usta', new Map(), profile, process.env) // { kind: 'reference' }
 */
export function selectTarget(vendor: VendorId, targets: Map<VendorId, string>, profile: VerificationProfile | undefined, env: NodeJS.ProcessEnv): JobTarget {
  const given = targets.get(vendor)
  if (given) return { kind: 'url', url: given }
  const fromEnv = profile ? env[profile.urlEnv.name] : undefined
  if (profile && fromEnv) return { kind: 'real', url: checkUrl(fromEnv, profile.urlEnv.name) }
  return { kind: 'reference' }
}
