import type { VerificationProfile } from '../../../providers/verification/verification-profile.ts'

/** The nightly workflow, whose real-sandbox verification step gets every vendor's variables from repository secrets. */
export const NIGHTLY_WORKFLOW = '.github/workflows/nightly.yml'

/** The marker name around the generated variables in {@link NIGHTLY_WORKFLOW}. */
export const NIGHTLY_ENV_MARKER = 'vendor-env'

/**
 * The nightly verification step's `env:` lines: each variable a verification profile reads, from
 * the repository secret of the same name, in vendor-id order.
 *
 * @example
 * nightlyEnvLines([profile]) // ['PLANSOURCE_SANDBOX_URL: ${{ secrets.PLANSOURCE_SANDBOX_URL }}', …]
 */
export function nightlyEnvLines(profiles: readonly Pick<VerificationProfile, 'urlEnv' | 'env'>[]): string[] {
  return profiles.flatMap((profile) => [profile.urlEnv, ...profile.env].map((variable) => `${variable.name}: \${{ secrets.${variable.name} }}`))
}
