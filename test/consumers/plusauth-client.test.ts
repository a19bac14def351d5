import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFakeOAuthApi, type FakeOAuthApi } from './support/fake-oauth-api.ts'
import { vendorFailure } from './support/vendor-failure.ts'
import { lifetimeFromExpiresAt, PlusAuthClient } from '../../consumers/plusauth/plusauth-client.ts'

let api: FakeOAuthApi

beforeAll(async () => {
  api = await startFakeOAuthApi('/oauth2/token')
})
afterAll(() => api.close())
beforeEach(() => api.reset())

function client(options: { scopes?: string[]; audience?: string } = {}): PlusAuthClient {
  return new PlusAuthClient({ baseUrl: api.origin, clientId: 'test-client', clientSecret: 'test-secret', ...options })
}

describe('the PlusAuth client', () => {
  it('requests a client-credentials token for <tenant url>/api/, as the vendor’s example does, and sends it as a Bearer token', async () => {
    api.answers = [{ status: 200, body: { id: 'usr_1' } }]
    await expect(client().getUser({ id: 'usr_1' })).resolves.toEqual({ id: 'usr_1' })
    const [token, call] = api.seen
    expect(token).toMatchObject({ method: 'POST', url: '/oauth2/token' })
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      grant_type: 'client_credentials',
      audience: `${api.origin}/api/`,
      client_id: 'test-client',
      client_secret: 'test-secret',
    })
    expect(call).toMatchObject({ method: 'GET', url: '/api/v1/users/usr_1', authorization: 'Bearer token-1' })
  })

  it('asks for a configured audience and for its scopes, space-separated', async () => {
    api.answers = [{ status: 200, body: { id: 'usr_1' } }]
    await client({ audience: 'https://acme.plusauth.com/api/', scopes: ['read:user', 'write:user'] }).getUser({ id: 'usr_1' })
    expect(Object.fromEntries(new URLSearchParams(api.seen[0]!.body))).toMatchObject({
      audience: 'https://acme.plusauth.com/api/',
      scope: 'read:user write:user',
    })
  })

  it('lists users with GET /api/v1/users/ and the query the reference names', async () => {
    api.answers = [{ status: 200, body: { total: 0, results: [] } }]
    await expect(client().listUsers({ query: { limit: 10, offset: 2, sort_by: ['created_at.desc', 'username.asc'] } })).resolves.toEqual({
      total: 0,
      results: [],
    })
    expect(api.seen.at(-1)?.url).toBe('/api/v1/users/?limit=10&offset=2&sort_by=created_at.desc%2Cusername.asc')
    await client().listUsers()
    expect(api.seen.at(-1)?.url).toBe('/api/v1/users/')
  })

  it('sends profile claims nested under profile, and null to clear a field', async () => {
    api.answers = [{ status: 200, body: { id: 'usr_1' } }]
    await client().updateUser({ id: 'usr_1', changes: { email: null, profile: { given_name: 'Ada', family_name: null } } })
    expect(JSON.parse(api.seen.at(-1)!.body)).toEqual({ email: null, profile: { given_name: 'Ada', family_name: null } })
  })

  it('reads expires_at as a moment, and gives no lifetime for anything else', () => {
    const now = 1_800_000_000_000
    expect(lifetimeFromExpiresAt(now / 1000 + 3600, now)).toBe(3_600_000)
    expect(lifetimeFromExpiresAt(now + 60_000, now)).toBe(60_000)
    expect([lifetimeFromExpiresAt(3600, now), lifetimeFromExpiresAt('soon', now), lifetimeFromExpiresAt(Number.NaN, now)]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('refreshes the token once when a 401 carries a name the error page does not list', async () => {
    api.answers = [
      { status: 401, body: { error: 'invalid_token', error_description: 'jwt expired', status: 401 } },
      { status: 200, body: { id: 'usr_1' } },
    ]
    await expect(client().getUser({ id: 'usr_1' })).resolves.toEqual({ id: 'usr_1' })
    expect(api.tokensIssued).toBe(2)
    expect(api.seen.at(-1)?.authorization).toBe('Bearer token-2')
  })

  it('refreshes at most once when the new token is rejected too', async () => {
    api.answers = [{ status: 401, body: { error: 'invalid_token', status: 401 } }]
    const error = await vendorFailure(client().getUser({ id: 'usr_1' }))
    expect({ kind: error.kind, code: error.code }).toEqual({ kind: 'auth', code: 'invalid_token' })
    expect(api.tokensIssued).toBe(2)
  })

  it.each([
    ['missing_scope', 'forbidden'],
    ['invalid_audience', 'auth'],
    ['unauthorized_user', 'forbidden'],
  ] as const)('does not refresh the token on the documented 401 %s and reports it as %s', async (name, kind) => {
    api.answers = [{ status: 401, body: { error: name, error_description: 'documented', status: 401 } }]
    const error = await vendorFailure(client().getUser({ id: 'usr_1' }))
    expect({ kind: error.kind, code: error.code, status: error.status }).toEqual({ kind, code: name, status: 401 })
    expect(api.tokensIssued).toBe(1)
  })

  it('reads a status sent as a string, as the page shows it, without losing the error name', async () => {
    api.answers = [{ status: 404, body: { error: 'entity_not_found', error_description: "Requested resource doesn't exist.", status: '404' } }]
    const error = await vendorFailure(client().getUser({ id: 'usr_missing' }))
    expect({ kind: error.kind, code: error.code, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'not-found',
      code: 'entity_not_found',
      bodyProblem: undefined,
    })
  })
})
