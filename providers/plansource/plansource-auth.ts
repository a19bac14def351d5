import { randomUUID } from 'node:crypto'
import { signClientAssertion } from '../../consumers/auth/sign-client-assertion.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'

/** PlanSource's token endpoint, on the API host. */
export const PLANSOURCE_TOKEN_PATH = '/oauth/v2/token'

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
    return new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      code: randomUUID(),
    })
  }
  return {
    tokenRequestForm,
    /** Obtains a token for the main client, or for another one the sandbox registered. */
    async requestToken(clientId?: string): Promise<ObtainedToken> {
      const answer = await api.request({ method: 'POST', path: PLANSOURCE_TOKEN_PATH, form: tokenRequestForm({ clientId }) })
      const body = answer.json() as { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined
      if (answer.status !== 200 || typeof body?.access_token !== 'string') {
        throw new Error(`PlanSource's token endpoint answered ${answer.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}`)
      }
      redactor.add(body.access_token)
      return { token: body.access_token, expiresInMs: (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000 }
    },
  }
}
