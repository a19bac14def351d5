import { randomUUID } from 'node:crypto'
import { signClientAssertion } from '../../consumers/auth/sign-client-assertion.ts'
import { tokenRequest } from '../../consumers/auth/token-request.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'
import { verificationToken } from '../verification/verification-token.ts'

/** PlanSource's token endpoint, on the API host. */
export const PLANSOURCE_TOKEN_PATH = '/oauth/v2/token'

/** Assumption: PlanSource documents no lifetime in its answer; the page says tokens last a few minutes. */
const DEFAULT_LIFETIME_MS = 300_000

/**
 * Talks to PlanSource's token endpoint the way its access-token guide says: a form-encoded
 * client-credentials grant whose RS256 client assertion (signed by the client's private key) has
 * `sub` the client id, `aud` the token host's name and a `scopes` claim `admin_api_v2`, plus
 * `code`, a random string for CSRF protection.
 *
 * @example
 * const auth = plansourceAuth(values, api, redactor)
 * const { token } = await auth.requestToken()
 */
export function plansourceAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  const tokenRequestForm = (options: { clientId?: string | undefined; signedAt?: number } = {}): URLSearchParams => {
    const clientId = options.clientId ?? values('clientId')
    const privateKey = values('privateKey')
    if (!clientId || !privateKey) throw new MissingCredentials('set PLANSOURCE_CLIENT_ID and PLANSOURCE_PRIVATE_KEY')
    const signedAt = options.signedAt
    const assertion = signClientAssertion({
      clientId,
      audience: new URL(api.url(PLANSOURCE_TOKEN_PATH)).hostname,
      scopes: 'admin_api_v2',
      privateKey,
      ...(signedAt === undefined ? {} : { now: () => signedAt }),
    })
    redactor.add(assertion)
    return new URLSearchParams(tokenRequest({ client: { method: 'private_key_jwt', assertion }, extra: { code: randomUUID() } }).form)
  }
  return {
    tokenRequestForm,
    /** Obtains a token for the main client, or for another one the sandbox registered. */
    async requestToken(clientId?: string): Promise<ObtainedToken> {
      const form = Object.fromEntries(tokenRequestForm({ clientId }))
      return verificationToken(
        api,
        redactor,
        PLANSOURCE_TOKEN_PATH,
        { headers: {}, form },
        { endpoint: "PlanSource's token endpoint", defaultLifetimeMs: DEFAULT_LIFETIME_MS },
      )
    },
  }
}
