import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'

/** The Cognito token path; on the reference sandbox it is served by the API host. */
export const USTA_TOKEN_PATH = '/oauth2/token'

/**
 * Obtains USTA tokens the documented way: OAuth2 client credentials against the Cognito token host
 * (`USTA_TOKEN_URL`), HTTP Basic client id and secret, no refresh token.
 *
 * @example
 * const { token } = await ustaAuth(values, api, redactor).requestToken()
 */
export function ustaAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  return {
    async requestToken(clientId?: string, clientSecret?: string): Promise<ObtainedToken> {
      const id = clientId ?? values('clientId')
      const secret = clientSecret ?? values('clientSecret')
      if (!id || !secret) throw new MissingCredentials('set USTA_CLIENT_ID, USTA_CLIENT_SECRET and USTA_TOKEN_URL')
      redactor.addBasic(id, secret)
      const authorization = `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`
      const answer = await api.request({
        method: 'POST',
        path: values('tokenUrl') ?? USTA_TOKEN_PATH,
        headers: { authorization },
        form: { grant_type: 'client_credentials' },
      })
      const body = answer.json() as { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined
      if (answer.status !== 200 || typeof body?.access_token !== 'string') {
        throw new Error(`USTA's token host answered ${answer.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}`)
      }
      redactor.add(body.access_token)
      return { token: body.access_token, expiresInMs: (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000 }
    },
  }
}
