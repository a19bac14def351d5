import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'

/** Docplanner's token endpoint, on the country's host. */
export const DOCPLANNER_TOKEN_PATH = '/oauth/v2/token'

/**
 * Asks Docplanner's token endpoint for a token: HTTP Basic client id and secret,
 * `grant_type=client_credentials&scope=integration` (the guide's and the API reference's curl sample).
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
      // As the vendor's curl sample (`curl -u id:secret`) and our client send them: not form-encoded first.
      const authorization = `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
      const answer = await api.request({
        method: 'POST',
        path: DOCPLANNER_TOKEN_PATH,
        headers: { authorization },
        form: { grant_type: 'client_credentials', scope: 'integration' },
      })
      const body = answer.json() as { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined
      if (answer.status !== 200 || typeof body?.access_token !== 'string') {
        throw new Error(`Docplanner's token endpoint answered ${answer.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}`)
      }
      redactor.add(body.access_token)
      return { token: body.access_token, expiresInMs: (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000 }
    },
  }
}
