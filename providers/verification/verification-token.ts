import { fetchToken } from '../../consumers/auth/fetch-token.ts'
import type { TokenRequest } from '../../consumers/auth/token-request.ts'
import type { ObtainedToken } from './common-states.ts'
import type { Redactor } from './redactor.ts'
import type { VendorApi } from './vendor-api.ts'

/**
 * Obtains a token for verification or a provider state with the client kit: sends the token request
 * to `path` (on the target, or an absolute token URL) through the vendor's public API, reads the
 * answer (`fetchToken`: a `TokenRequestRefused` naming the endpoint, status and OAuth error when
 * there is no token), and registers the token with the redactor.
 *
 * @example
 * const { token } = await verificationToken(api, redactor, '/oauth/token', tokenRequest(spec), { endpoint: "Acme's token endpoint", defaultLifetimeMs: 3_600_000 })
 */
export async function verificationToken(
  api: Pick<VendorApi, 'request'>,
  redactor: Pick<Redactor, 'add'>,
  path: string,
  request: TokenRequest,
  read: { endpoint: string; defaultLifetimeMs: number },
): Promise<ObtainedToken> {
  const obtained = await fetchToken((sent) => api.request({ method: 'POST', path, ...sent }), request, read)
  redactor.add(obtained.token)
  return obtained
}
