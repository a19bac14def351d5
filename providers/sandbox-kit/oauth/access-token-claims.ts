import type { IssuedToken } from '../token-store.ts'

/**
 * What an access token the kit's token endpoint issued stands for: the client, the scopes granted,
 * the audience asked for (when the endpoint takes one) and the user (password grant). A vendor adds
 * its own claims (e.g. a tenant) through the endpoint's `claims` option.
 *
 * @example
 * const tokens = tokenStore<AccessTokenClaims>(now)
 */
export interface AccessTokenClaims {
  clientId: string
  scopes: string[]
  audience?: string | undefined
  /** The user the token was issued to (password grant); undefined for a client's own token. */
  userId?: string | undefined
}

/**
 * How long an issued token lives, in whole or fractional seconds: OAuth's `expires_in`.
 *
 * @example
 * expiresIn(tokens.issue(claims, 300_000)) // 300
 */
export function expiresIn(issued: Pick<IssuedToken<unknown>, 'issuedAt' | 'expiresAt'>): number {
  return (issued.expiresAt - issued.issuedAt) / 1000
}
