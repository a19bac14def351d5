import { authorization } from '../read-request.ts'
import type { SandboxRequest } from '../sandbox-types.ts'
import type { IssuedToken, TokenStore } from '../token-store.ts'

/**
 * What the `Authorization` header of an API call holds (RFC 6750): no token at all, a scheme other
 * than Bearer, a token never issued, an expired one, or a valid one with what it was issued for.
 *
 * @example
 * if (check.state === 'expired') return vendorError(401, 'token expired')
 */
export type BearerCheck<Claims> =
  | { state: 'missing' }
  | { state: 'wrong-scheme' }
  | { state: 'unknown' }
  | { state: 'expired'; issued: IssuedToken<Claims> }
  | { state: 'valid'; issued: IssuedToken<Claims> }

/**
 * Reads an API call's bearer token and looks it up among the tokens the sandbox issued; each vendor
 * then answers each state with its own error.
 *
 * @example
 * const bearer = bearerToken(request, tokens)
 * if (bearer.state !== 'valid') return vendorError(401)
 */
export function bearerToken<Claims>(request: Pick<SandboxRequest, 'headers'>, tokens: Pick<TokenStore<Claims>, 'lookup'>): BearerCheck<Claims> {
  const auth = authorization(request)
  if (!auth || auth.credentials === '') return { state: 'missing' }
  if (auth.scheme.toLowerCase() !== 'bearer') return { state: 'wrong-scheme' }
  return tokens.lookup(auth.credentials)
}
