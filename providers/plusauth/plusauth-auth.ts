import { tokenRequest } from '../../consumers/auth/token-request.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'
import { verificationToken } from '../verification/verification-token.ts'

/** PlusAuth's token endpoint, on the tenant's host. */
export const PLUSAUTH_TOKEN_PATH = '/oauth2/token'

/** Assumption: the docs give no token lifetime; an hour when the answer carries neither `expires_in` nor `expires_at`. */
const DEFAULT_LIFETIME_MS = 3_600_000

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
      const request = tokenRequest({
        client: { method: 'client_secret_post', clientId, clientSecret },
        grant: ask.user ? { type: 'password', ...ask.user } : undefined,
        scope: ask.scope,
        audience: ask.audience ?? this.audience(),
      })
      if (ask.tenant?.header) request.headers['x-plusauth-tenant'] = ask.tenant.header
      const path = ask.tenant?.url ? `${ask.tenant.url.replace(/\/+$/, '')}${PLUSAUTH_TOKEN_PATH}` : PLUSAUTH_TOKEN_PATH
      return verificationToken(api, redactor, path, request, { endpoint: "PlusAuth's token endpoint", defaultLifetimeMs: DEFAULT_LIFETIME_MS })
    },
  }
}
