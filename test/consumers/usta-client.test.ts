import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFakeOAuthApi, type FakeOAuthApi } from './support/fake-oauth-api.ts'
import { vendorFailure } from './support/vendor-failure.ts'
import { UstaClient } from '../../consumers/usta/usta-client.ts'

let api: FakeOAuthApi

beforeAll(async () => {
  api = await startFakeOAuthApi('/oauth2/token')
})
afterAll(() => api.close())
beforeEach(() => api.reset())

function client(): UstaClient {
  return new UstaClient({ apiBaseUrl: api.origin, tokenUrl: `${api.origin}/oauth2/token`, clientId: 'test-client', clientSecret: 'test-secret' })
}

describe('the USTA client', () => {
  it('gets a client-credentials token with HTTP Basic from the token URL and sends it as a Bearer token', async () => {
    api.answers = [{ status: 200, body: { uaid: '2000000001' } }]
    await expect(client().getCustomer({ uaid: '2000000001' })).resolves.toEqual({ uaid: '2000000001' })
    const [token, call] = api.seen
    expect(token).toMatchObject({ method: 'POST', url: '/oauth2/token', authorization: `Basic ${Buffer.from('test-client:test-secret').toString('base64')}` })
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({ grant_type: 'client_credentials' })
    expect(call).toMatchObject({ method: 'GET', url: '/v1/customer/2000000001', authorization: 'Bearer token-1' })
  })

  it('fetches a new token and retries once on 4003 authentication token is invalid', async () => {
    api.answers = [
      { status: 401, body: { errors: [{ errorCode: 4003, message: 'authentication token is invalid' }] } },
      { status: 200, body: { uaid: '2000000001' } },
    ]
    await expect(client().getCustomer({ uaid: '2000000001' })).resolves.toEqual({ uaid: '2000000001' })
    expect(api.tokensIssued).toBe(2)
    expect(api.seen.at(-1)?.authorization).toBe('Bearer token-2')
  })

  it('retries at most once when the new token is rejected too', async () => {
    api.answers = [{ status: 401, body: { errors: [{ errorCode: 4003, message: 'authentication token is invalid' }] } }]
    const error = await vendorFailure(client().getCustomer({ uaid: '2000000001' }))
    expect({ kind: error.kind, code: error.code, status: error.status }).toEqual({ kind: 'auth', code: 4003, status: 401 })
    expect(api.tokensIssued).toBe(2)
  })

  it.each([
    ['no token', { error: 'unauthorized', error_description: 'Full authentication is required to access this resource' }],
    ['a token it cannot verify', { error: 'invalid_token', error_description: 'Invalid JOSE Header kid' }],
    ['an expired token', { error: 'unauthorized', error_description: 'Token expired' }],
  ])('reads the DEV pages’ Spring-style 401 for %s as an auth error and fetches a new token once', async (_case, body) => {
    api.answers = [
      { status: 401, body },
      { status: 200, body: { uaid: '2000000001' } },
    ]
    await expect(client().getCustomer({ uaid: '2000000001' })).resolves.toEqual({ uaid: '2000000001' })
    expect(api.tokensIssued).toBe(2)
    api.reset()
    api.answers = [{ status: 401, body }]
    const error = await vendorFailure(client().getCustomer({ uaid: '2000000001' }))
    expect({ kind: error.kind, code: error.code, message: error.vendorMessage, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'auth',
      code: body.error,
      message: body.error_description,
      bodyProblem: undefined,
    })
  })

  it("keeps its token on 4005, whose invalid token is USTA's own", async () => {
    api.answers = [{ status: 401, body: { errors: [{ errorCode: 4005, message: 'backend system token is invalid' }] } }]
    const error = await vendorFailure(client().getCustomer({ uaid: '2000000001' }))
    expect({ kind: error.kind, code: error.code, retryable: error.retryable }).toEqual({ kind: 'server', code: 4005, retryable: true })
    expect(api.tokensIssued).toBe(1)
  })

  it.each([
    ['wrapped', { errors: [{ errorCode: 3001, message: 'entity not found' }] }],
    ['bare', { errorCode: 3001, message: 'entity not found' }],
  ])('reads the %s envelope shape the same way', async (_shape, body) => {
    api.answers = [{ status: 404, body }]
    const error = await vendorFailure(client().getCustomer({ uaid: '9999999999' }))
    expect({ kind: error.kind, code: error.code, message: error.vendorMessage, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'not-found',
      code: 3001,
      message: 'entity not found',
      bodyProblem: undefined,
    })
  })

  it('reports the subject of the first error as the invalid field', async () => {
    api.answers = [
      {
        status: 400,
        body: {
          errors: [
            { errorCode: 5000, message: 'validation error', subject: 'firstName', subjectType: 'parameter' },
            { errorCode: 5000, message: 'validation error', subject: 'lastName', subjectType: 'parameter' },
          ],
        },
      },
    ]
    const error = await vendorFailure(client().searchProvidersByName({ firstName: '', lastName: '' }))
    expect({ kind: error.kind, code: error.code, field: error.field }).toEqual({ kind: 'validation', code: 5000, field: 'firstName' })
  })

  it('classifies a code from the table by the code, whatever the status', async () => {
    api.answers = [{ status: 400, body: { errors: [{ errorCode: 3002, message: 'entity already exists' }] } }]
    const error = await vendorFailure(
      client().upsertFacility({ facility: { facilityStatus: 'Active', name: 'Riverside Tennis Center', isPrivateFlag: false } }),
    )
    expect({ kind: error.kind, status: error.status }).toEqual({ kind: 'conflict', status: 400 })
  })

  it('marks an empty errors array as an unexpected shape and keeps the raw body', async () => {
    api.answers = [{ status: 400, body: { errors: [] } }]
    const error = await vendorFailure(client().getOrganization({ uaid: '3000000001' }))
    expect({ kind: error.kind, code: error.code, bodyProblem: error.bodyProblem, rawBody: error.rawBody }).toEqual({
      kind: 'validation',
      code: null,
      bodyProblem: 'unexpected-shape',
      rawBody: '{"errors":[]}',
    })
  })
})
