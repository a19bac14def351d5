import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'

/** PlusAuth's token endpoint, on the tenant's host. */
export const PLUSAUTH_TOKEN_PATH = '/oauth2/token'

/** How one token request differs from the main client's client-credentials token. */
export interface TokenAsk {
  audience?: string | undefined
  scope?: string | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  /** The password grant, for a token held by a user. */
  user?: { username: string; password: string } | undefined
  /** Another tenant: its token URL, or (reference sandbox) its name in `X-PlusAuth-Tenant`. */
  tenant?: { url?: string | undefined; header?: string | undefined } | undefined
}

/**
 * Asks PlusAuth's token endpoint for tokens: the client-credentials grant as the vendor's token
 * example sends it (a form with the client's id and secret, and the audience `<tenant url>/api/`),
 * or variations a provider state needs.
 *
 * @example
 * const { token } = await plusauthAuth(values, api, redactor).requestToken({ scope: 'write:user' })
 */
export function plusauthAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  return {
    audience: () => values('audience') ?? `${api.baseUrl.replace(/\/+$/, '')}/api/`,
    async requestToken(ask: TokenAsk = {}): Promise<ObtainedToken> {
      const clientId = ask.clientId ?? values('clientId')
      const clientSecret = ask.clientSecret ?? values('clientSecret')
      if (!clientId || !clientSecret) throw new MissingCredentials('set PLUSAUTH_CLIENT_ID and PLUSAUTH_CLIENT_SECRET')
      const form: Record<string, string> = { client_id: clientId, client_secret: clientSecret, audience: ask.audience ?? this.audience() }
      if (ask.scope) form.scope = ask.scope
      if (ask.user) Object.assign(form, { grant_type: 'password', username: ask.user.username, password: ask.user.password })
      else form.grant_type = 'client_credentials'
      const path = ask.tenant?.url ? `${ask.tenant.url.replace(/\/+$/, '')}${PLUSAUTH_TOKEN_PATH}` : PLUSAUTH_TOKEN_PATH
      const headers = ask.tenant?.header ? { 'x-plusauth-tenant': ask.tenant.header } : undefined
      const answer = await api.request({ method: 'POST', path, form, headers })
      const body = answer.json() as { access_token?: unknown; expires_in?: unknown; expires_at?: unknown; error?: unknown } | undefined
      if (answer.status !== 200 || typeof body?.access_token !== 'string') {
        throw new Error(`PlusAuth's token endpoint answered ${answer.status}${typeof body?.error === 'string' ? ` ${body.error}` : ''}`)
      }
      redactor.add(body.access_token)
      return { token: body.access_token, expiresInMs: lifetimeMs(body) }
    },
  }
}

/**
 * A token's lifetime from the answer: `expires_in` seconds (an older vendor example), else
 * `expires_at` read as epoch seconds (the current example names it; its unit is not stated), else
 * an hour.
 */
function lifetimeMs(body: { expires_in?: unknown; expires_at?: unknown }): number {
  if (typeof body.expires_in === 'number' && body.expires_in > 0) return body.expires_in * 1000
  if (typeof body.expires_at === 'number' && body.expires_at * 1000 > Date.now()) return body.expires_at * 1000 - Date.now()
  return 3_600_000
}
