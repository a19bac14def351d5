import { describe, expect, it } from 'vitest'
import { fetchToken, TokenRequestRefused } from '../../consumers/auth/fetch-token.ts'
import { oauthTokenSource } from '../../consumers/auth/oauth-token-source.ts'
import { answerLifetimeMs, lifetimeFromExpiresAt } from '../../consumers/auth/token-lifetime.ts'
import { cachedToken } from '../../consumers/auth/token-source.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'

const NOW = 1_800_000_000_000
const request = { headers: {}, form: { grant_type: 'client_credentials' } }
const answering = (status: number, body: unknown) => async () => ({ status, json: () => body })

/** A clock a test moves by hand. */
function manualClock(start = NOW) {
  let current = start
  return { now: () => current, advance: (ms: number) => void (current += ms) }
}

describe('fetching a token with the client kit', () => {
  it('reads the token and its lifetime from expires_in', async () => {
    await expect(
      fetchToken(answering(200, { access_token: 't', expires_in: 300 }), request, { endpoint: 'the endpoint', defaultLifetimeMs: 1 }),
    ).resolves.toEqual({
      token: 't',
      expiresInMs: 300_000,
    })
  })

  it('reads the lifetime from expires_at when there is no expires_in, else takes the default', async () => {
    const now = () => NOW
    const read = { endpoint: 'the endpoint', defaultLifetimeMs: 42, now }
    await expect(fetchToken(answering(200, { access_token: 't', expires_at: NOW / 1000 + 60 }), request, read)).resolves.toMatchObject({ expiresInMs: 60_000 })
    await expect(fetchToken(answering(200, { access_token: 't' }), request, read)).resolves.toMatchObject({ expiresInMs: 42 })
  })

  it('refuses an error answer, naming the endpoint, the status and the OAuth error', async () => {
    const refusal = await fetchToken(answering(401, { error: 'invalid_client' }), request, { endpoint: "Acme's token endpoint", defaultLifetimeMs: 1 }).catch(
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(TokenRequestRefused)
    expect(refusal).toMatchObject({
      name: 'TokenRequestRefused',
      status: 401,
      error: 'invalid_client',
      message: "Acme's token endpoint answered 401 invalid_client",
    })
  })

  it.each([
    ['no body', undefined],
    ['an empty access_token', { access_token: '' }],
    ['an array', []],
  ])('refuses a 200 with %s', async (_case, body) => {
    await expect(fetchToken(answering(200, body), request, { endpoint: 'the endpoint', defaultLifetimeMs: 1 })).rejects.toThrow('the endpoint answered 200')
  })

  it('hands the request it was given to the transport', async () => {
    const sent: unknown[] = []
    await fetchToken(
      async (given) => {
        sent.push(given)
        return { status: 200, json: () => ({ access_token: 't' }) }
      },
      request,
      { endpoint: 'e', defaultLifetimeMs: 1 },
    )
    expect(sent).toEqual([request])
  })
})

describe('token lifetimes in the client kit', () => {
  it('reads expires_at as epoch seconds or epoch milliseconds, and gives no lifetime for a past or unreadable moment', () => {
    expect(lifetimeFromExpiresAt(NOW / 1000 + 3600, NOW)).toBe(3_600_000)
    expect(lifetimeFromExpiresAt(NOW + 60_000, NOW)).toBe(60_000)
    expect([lifetimeFromExpiresAt(NOW / 1000 - 1, NOW), lifetimeFromExpiresAt('soon', NOW), lifetimeFromExpiresAt(Number.NaN, NOW)]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('prefers a positive expires_in to expires_at', () => {
    expect(answerLifetimeMs({ expires_in: 10, expires_at: NOW / 1000 + 3600 }, NOW)).toBe(10_000)
    expect(answerLifetimeMs({ expires_in: 0, expires_at: NOW / 1000 + 3600 }, NOW)).toBe(3_600_000)
  })
})

describe('caching and refreshing tokens in the client kit', () => {
  it('refreshes a token shortly before it expires', async () => {
    const clock = manualClock()
    let fetched = 0
    const tokens = cachedToken(async () => ({ token: `t${++fetched}`, expiresInMs: 60_000 }), clock.now)
    expect(await tokens.token()).toBe('t1')
    clock.advance(54_000)
    expect(await tokens.token()).toBe('t1')
    clock.advance(1_000)
    expect(await tokens.token()).toBe('t2')
  })

  it('fetches one token for callers that ask at the same time', async () => {
    let fetched = 0
    const tokens = cachedToken(async () => ({ token: `t${++fetched}`, expiresInMs: 60_000 }))
    expect(await Promise.all([tokens.token(), tokens.token(), tokens.token()])).toEqual(['t1', 't1', 't1'])
  })

  it('fetches a new token once the cached one is invalidated', async () => {
    let fetched = 0
    const tokens = cachedToken(async () => ({ token: `t${++fetched}`, expiresInMs: 60_000 }))
    await tokens.token()
    expect(tokens.invalidate()).toBe(true)
    expect(await tokens.token()).toBe('t2')
  })

  it('caches a client’s own tokens for as long as the answer says, or the vendor’s default', async () => {
    const clock = manualClock()
    let fetched = 0
    const tokens = oauthTokenSource({
      request: async () => ({ access_token: `t${++fetched}` }),
      vendor: 'acme',
      url: () => 'https://auth.example.test/oauth/token',
      defaultLifetimeMs: 600_000,
      now: clock.now,
    })
    await tokens.token()
    clock.advance(590_000)
    expect(await tokens.token()).toBe('t1')
    clock.advance(10_000)
    expect(await tokens.token()).toBe('t2')
  })

  it('throws a VendorError naming the redacted token URL for a 200 without a usable token', async () => {
    const tokens = oauthTokenSource({
      request: async () => ({ token_type: 'bearer' }),
      vendor: 'acme',
      url: () => 'https://u:p@auth.example.test/oauth/token?client_secret=s',
    })
    const error = await tokens.token().catch((reason: unknown) => reason)
    expect(isVendorError(error) && { vendor: error.vendor, status: error.status, problem: error.bodyProblem, url: error.request.url }).toEqual({
      vendor: 'acme',
      status: 200,
      problem: 'unexpected-shape',
      url: 'https://auth.example.test/oauth/token?client_secret=***',
    })
  })

  it('lets the token request’s own failure through unchanged', async () => {
    const failure = new Error('refused')
    const tokens = oauthTokenSource({ request: async () => Promise.reject(failure), vendor: 'acme', url: () => 'https://auth.example.test/' })
    await expect(tokens.token()).rejects.toBe(failure)
  })
})
