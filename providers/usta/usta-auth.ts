import { tokenRequest } from '../../consumers/auth/token-request.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'
import { verificationToken } from '../verification/verification-token.ts'

/** The token path on USTA's token hosts; on the reference sandbox it is served by the API host. */
export const USTA_TOKEN_PATH = '/oauth2/token'

/** Assumption: USTA's pages call the token only "short-lived"; without `expires_in`, one hour (Cognito's default). */
const DEFAULT_LIFETIME_SECONDS = 3600

/**
 * Obtains USTA tokens the documented way: OAuth2 client credentials against the token URL the
 * configuration names (`USTA_TOKEN_URL`; the reference sandbox publishes its own), with
 * `base64(clientId:secret)` in HTTP Basic as USTA's example does, `grant_type` as a form field, no
 * refresh token. No host is built in: USTA's pages name two stage token hosts.
 *
 * @example
 * const { token } = await ustaAuth(values, api, redactor).requestToken()
 */
export function ustaAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  return {
    async requestToken(clientId?: string, clientSecret?: string): Promise<ObtainedToken> {
      const id = clientId ?? values('clientId')
      const secret = clientSecret ?? values('clientSecret')
      const tokenUrl = values('tokenUrl')
      if (!id || !secret || !tokenUrl)
        throw new MissingCredentials(
          'set USTA_CLIENT_ID, USTA_CLIENT_SECRET and USTA_TOKEN_URL (USTA names two stage token hosts: https://stage-account-ustaconnect.usta.com/oauth2/token and https://stage-account.usta.com/oauth2/token)',
        )
      redactor.addBasic(id, secret)
      // As they are, as USTA's example encodes them (no URL-encoding first).
      const request = tokenRequest({ client: { method: 'client_secret_basic', clientId: id, clientSecret: secret } })
      return verificationToken(api, redactor, tokenUrl, request, { endpoint: "USTA's token host", defaultLifetimeMs: DEFAULT_LIFETIME_SECONDS * 1000 })
    },
  }
}
