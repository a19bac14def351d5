import { describe, expect, it } from 'vitest'
import { bearerToken } from '../../providers/sandbox-kit/oauth/bearer-token.ts'
import { tokenStore } from '../../providers/sandbox-kit/token-store.ts'
import { manualClock, sandboxRequest } from './support/sandbox-requests.ts'

describe('bearer tokens on API calls (RFC 6750) in the sandbox kit', () => {
  const clock = manualClock()
  const tokens = tokenStore<{ clientId: string }>(clock.now)
  const call = (authorization?: string) =>
    bearerToken(sandboxRequest({ method: 'GET', path: '/api/things', headers: authorization ? { authorization } : {} }), tokens)

  it('finds a valid token with the claims it was issued for', () => {
    const { token } = tokens.issue({ clientId: 'c1' }, 60_000)
    expect(call(`Bearer ${token}`)).toMatchObject({ state: 'valid', issued: { claims: { clientId: 'c1' } } })
  })

  it('tells a missing token, another scheme and a token it never issued apart', () => {
    expect([call(), call('Bearer'), call('Basic abc'), call('Bearer never-issued')].map((check) => check.state)).toEqual([
      'missing',
      'missing',
      'wrong-scheme',
      'unknown',
    ])
  })

  it('tells an expired token from one it never issued', () => {
    const { token } = tokens.issue({ clientId: 'c1' }, 1000)
    clock.advance(1000)
    expect(call(`Bearer ${token}`).state).toBe('expired')
  })
})
