/**
 * Where a client gets its access token from. Implementations cache the token and fetch a
 * new one after {@link TokenSource.invalidate}.
 *
 * @example
 * const tokens = staticToken('token-from-a-test')
 */
export interface TokenSource {
  /** A token believed valid: the cached one, or a newly fetched one. */
  token(): Promise<string>
  /** Forgets the cached token; returns whether the next {@link TokenSource.token} can fetch a different one. */
  invalidate(): boolean
}

/**
 * A token source that always answers the same token (tests, or a token obtained elsewhere).
 *
 * @example
 * new PlanSourceClient({ baseUrl, tokens: staticToken('abc') })
 */
export function staticToken(value: string): TokenSource {
  return { token: async () => value, invalidate: () => false }
}

/**
 * Caches whatever `fetchToken` returns until it expires or is invalidated; concurrent callers
 * share one fetch.
 *
 * @example
 * const tokens = cachedToken(async () => ({ token: 'abc', expiresInMs: 300_000 }))
 */
export function cachedToken(fetchToken: () => Promise<{ token: string; expiresInMs?: number | undefined }>, now: () => number = Date.now): TokenSource {
  let cached: { token: string; expiresAt: number } | undefined
  let pending: Promise<string> | undefined
  return {
    async token() {
      if (cached && cached.expiresAt > now()) return cached.token
      pending ??= fetchToken()
        .then(({ token, expiresInMs }) => {
          // Refresh a little early so a token does not expire in flight.
          cached = { token, expiresAt: now() + Math.max(0, (expiresInMs ?? 60_000) - 5_000) }
          return token
        })
        .finally(() => {
          pending = undefined
        })
      return pending
    },
    invalidate() {
      cached = undefined
      return true
    },
  }
}
