import { randomBytes } from 'node:crypto'

/** A token the sandbox issued, with what it was issued for. */
export interface IssuedToken<Claims> {
  token: string
  claims: Claims
  issuedAt: number
  expiresAt: number
}

/** What looking a token up found. */
export type TokenLookup<Claims> = { state: 'valid'; issued: IssuedToken<Claims> } | { state: 'expired'; issued: IssuedToken<Claims> } | { state: 'unknown' }

/**
 * Issues opaque access tokens and remembers them until well after they expire, so that an expired
 * token can be told apart from one the sandbox never issued.
 *
 * @example
 * const tokens = tokenStore<{ clientId: string }>()
 * const { token } = tokens.issue({ clientId: 'demo' }, 300_000)
 * tokens.lookup(token).state // 'valid'
 */
export function tokenStore<Claims>(now: () => number = Date.now) {
  const issued = new Map<string, IssuedToken<Claims>>()
  return {
    issue(claims: Claims, lifetimeMs: number, prefix = 'tok'): IssuedToken<Claims> {
      const token = `${prefix}_${randomBytes(18).toString('base64url')}`
      const record = { token, claims, issuedAt: now(), expiresAt: now() + lifetimeMs }
      issued.set(token, record)
      return record
    },
    lookup(token: string): TokenLookup<Claims> {
      const record = issued.get(token)
      if (!record) return { state: 'unknown' }
      return record.expiresAt > now() ? { state: 'valid', issued: record } : { state: 'expired', issued: record }
    },
    revoke(token: string): boolean {
      return issued.delete(token)
    },
  }
}

/** A token store, as {@link tokenStore} returns it. */
export type TokenStore<Claims> = ReturnType<typeof tokenStore<Claims>>
