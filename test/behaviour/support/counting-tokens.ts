import type { TokenSource } from '../../../consumers/auth/token-source.ts'

/** A token source that issues `token-1`, `token-2`, … and remembers every token it issued. */
export interface CountingTokens extends TokenSource {
  readonly issued: readonly string[]
}

/**
 * A token source for tests of token refresh: each fetch after `invalidate()` issues a new token,
 * and `issued` tells how many were fetched.
 *
 * @example
 * const tokens = countingTokens()
 * await tokens.token() // 'token-1'
 * tokens.invalidate(); await tokens.token() // 'token-2'
 */
export function countingTokens(prefix = 'token'): CountingTokens {
  const issued: string[] = []
  let current: string | undefined
  return {
    issued,
    async token() {
      if (current === undefined) {
        current = `${prefix}-${issued.length + 1}`
        issued.push(current)
      }
      return current
    },
    invalidate() {
      current = undefined
      return true
    },
  }
}
