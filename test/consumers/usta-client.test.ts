import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { UstaClient } from '../../consumers/usta/usta-client.ts'

interface Seen {
  method: string
  url: string
  authorization: string | undefined
  body: string
}

/** What the fake API answers, in order; the last one repeats. */
let apiAnswers: Array<{ status: number; body: unknown }> = []
let seen: Seen[] = []
let tokensIssued = 0
let server: Server
let origin: string

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}

beforeAll(async () => {
  // One loopback server plays both hosts: the Cognito token endpoint under /oauth2/token, the API under /v1.
  server = createServer(async (request, response) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body: await readBody(request) })
    response.setHeader('Content-Type', 'application/json')
    if (request.url === '/oauth2/token') {
      tokensIssued += 1
      response.end(JSON.stringify({ access_token: `token-${tokensIssued}`, token_type: 'Bearer', expires_in: 3600 }))
      return
    }
    const answer = apiAnswers.length > 1 ? apiAnswers.shift()! : apiAnswers[0]!
    response.statusCode = answer.status
    response.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen = []
  tokensIssued = 0
})

function client(): UstaClient {
  return new UstaClient({ apiBaseUrl: origin, tokenUrl: `${origin}/oauth2/token`, clientId: 'test-client', clientSecret: 'test-secret' })
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isVendorError(error)) throw new Error('expected a VendorError')
  return error
}

describe('the USTA client', () => {
  it('gets a client-credentials token with HTTP Basic from the token URL and sends it as a Bearer token', async () => {
    apiAnswers = [{ status: 200, body: { uaid: '2000000001' } }]
    await expect(client().getCustomer({ uaid: '2000000001' })).resolves.toEqual({ uaid: '2000000001' })
    const [token, call] = seen
    expect(token).toMatchObject({ method: 'POST', url: '/oauth2/token', authorization: `Basic ${Buffer.from('test-client:test-secret').toString('base64')}` })
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({ grant_type: 'client_credentials' })
    expect(call).toMatchObject({ method: 'GET', url: '/v1/customer/2000000001', authorization: 'Bearer token-1' })
  })

  it('fetches a new token and retries once on 4003 authentication token is invalid', async () => {
    apiAnswers = [
      { status: 401, body: { errors: [{ errorCode: 4003, message: 'authentication token is invalid' }] } },
      { status: 200, body: { uaid: '2000000001' } },
    ]
    await expect(client().getCustomer({ uaid: '2000000001' })).resolves.toEqual({ uaid: '2000000001' })
    expect(tokensIssued).toBe(2)
    expect(seen.at(-1)?.authorization).toBe('Bearer token-2')
  })

  it('retries at most once when the new token is rejected too', async () => {
    apiAnswers = [{ status: 401, body: { errors: [{ errorCode: 4003, message: 'authentication token is invalid' }] } }]
    const error = await failure(client().getCustomer({ uaid: '2000000001' }))
    expect({ kind: error.kind, code: error.code, status: error.status }).toEqual({ kind: 'auth', code: 4003, status: 401 })
    expect(tokensIssued).toBe(2)
  })

  it("keeps its token on 4005, whose invalid token is USTA's own", async () => {
    apiAnswers = [{ status: 401, body: { errors: [{ errorCode: 4005, message: 'backend system token is invalid' }] } }]
    const error = await failure(client().getCustomer({ uaid: '2000000001' }))
    expect({ kind: error.kind, code: error.code, retryable: error.retryable }).toEqual({ kind: 'server', code: 4005, retryable: true })
    expect(tokensIssued).toBe(1)
  })

  it.each([
    ['wrapped', { errors: [{ errorCode: 3001, message: 'entity not found' }] }],
    ['bare', { errorCode: 3001, message: 'entity not found' }],
  ])('reads the %s envelope shape the same way', async (_shape, body) => {
    apiAnswers = [{ status: 404, body }]
    const error = await failure(client().getCustomer({ uaid: '9999999999' }))
    expect({ kind: error.kind, code: error.code, message: error.vendorMessage, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'not-found',
      code: 3001,
      message: 'entity not found',
      bodyProblem: undefined,
    })
  })

  it('reports the subject of the first error as the invalid field', async () => {
    apiAnswers = [
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
    const error = await failure(client().searchProvidersByName({ firstName: '', lastName: '' }))
    expect({ kind: error.kind, code: error.code, field: error.field }).toEqual({ kind: 'validation', code: 5000, field: 'firstName' })
  })

  it('classifies a code from the table by the code, whatever the status', async () => {
    apiAnswers = [{ status: 400, body: { errors: [{ errorCode: 3002, message: 'entity already exists' }] } }]
    const error = await failure(client().createFacility({ facility: { name: 'Riverside Tennis Center' } }))
    expect({ kind: error.kind, status: error.status }).toEqual({ kind: 'conflict', status: 400 })
  })

  it('marks an empty errors array as an unexpected shape and keeps the raw body', async () => {
    apiAnswers = [{ status: 400, body: { errors: [] } }]
    const error = await failure(client().listFacilities({}))
    expect({ kind: error.kind, code: error.code, bodyProblem: error.bodyProblem, rawBody: error.rawBody }).toEqual({
      kind: 'validation',
      code: null,
      bodyProblem: 'unexpected-shape',
      rawBody: '{"errors":[]}',
    })
  })
})
