import { tokenRequest } from '../../consumers/auth/token-request.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'
import { verificationToken } from '../verification/verification-token.ts'

/** Docplanner's token endpoint, on the country's host. */
export const DOCPLANNER_TOKEN_PATH = '/oauth/v2/token'

/** Tokens last 24 h by the guide but 3600 s by its sample; the shorter is assumed when the answer says nothing. */
const DEFAULT_LIFETIME_MS = 3_600_000

/**
 * Asks Docplanner's token endpoint for a token: HTTP Basic client id and secret (as they are, as the
 * vendor's `curl -u id:secret` and our client send them), `grant_type=client_credentials&scope=integration`
 * (the guide's and the API reference's curl sample).
 *
 * @example
 * const { token } = await docplannerAuth(values, api, redactor).requestToken()
 */
export function docplannerAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  const client = (id?: string, secret?: string) => {
    const clientId = id ?? values('clientId')
    const clientSecret = secret ?? values('clientSecret')
    if (!clientId || !clientSecret) throw new MissingCredentials('set DOCPLANNER_CLIENT_ID and DOCPLANNER_CLIENT_SECRET')
    redactor.addBasic(clientId, clientSecret)
    return { id: clientId, secret: clientSecret }
  }
  return {
    client,
    async requestToken(clientId?: string, clientSecret?: string): Promise<ObtainedToken> {
      const { id, secret } = client(clientId, clientSecret)
      const request = tokenRequest({ client: { method: 'client_secret_basic', clientId: id, clientSecret: secret }, scope: 'integration' })
      return verificationToken(api, redactor, DOCPLANNER_TOKEN_PATH, request, {
        endpoint: "Docplanner's token endpoint",
        defaultLifetimeMs: DEFAULT_LIFETIME_MS,
      })
    },
  }
}
