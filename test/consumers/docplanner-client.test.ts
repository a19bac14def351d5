import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { vendorFailure } from './support/vendor-failure.ts'
import { DocplannerClient } from '../../consumers/docplanner/docplanner-client.ts'
import { DOCPLANNER_ERROR_CONTENT_TYPE, parseDocplannerError } from '../../consumers/docplanner/docplanner-envelope.ts'

interface Seen {
  method: string
  url: string
  authorization: string | undefined
  contentType: string | undefined
  body: string
}

type Handler = (request: IncomingMessage, response: ServerResponse, seen: Seen[]) => void

let server: Server
let baseUrl: string
let seen: Seen[] = []
let handle: Handler = (_request, response) => response.end()

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body,
      })
      handle(request, response, seen)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen = []
})

const credentials = { clientId: 'test-client', clientSecret: 'test-secret' }
let issued = 0

function answerToken(response: ServerResponse): void {
  issued += 1
  response.writeHead(200, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify({ access_token: `token-${issued}`, token_type: 'bearer', expires_in: 3600, scope: 'integration' }))
}

function answerError(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': DOCPLANNER_ERROR_CONTENT_TYPE, ...headers })
  response.end(JSON.stringify({ message: 'example', errors: [] }))
}

describe('DocplannerClient', () => {
  it('fetches a token with HTTP Basic client credentials and sends it as a Bearer token', async () => {
    handle = (request, response) => (request.url === '/oauth/v2/token' ? answerToken(response) : response.end('{"_items":[]}'))
    await new DocplannerClient({ baseUrl, ...credentials }).listFacilities()
    const [token, call] = seen
    expect(token).toMatchObject({
      method: 'POST',
      url: '/oauth/v2/token',
      authorization: `Basic ${Buffer.from('test-client:test-secret').toString('base64')}`,
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({ grant_type: 'client_credentials', scope: 'integration' })
    expect(call).toMatchObject({ method: 'GET', url: '/api/v3/integration/facilities', authorization: `Bearer token-${issued}` })
  })

  it.each([
    ['null', 'null'],
    ['an object without access_token', '{"token_type":"bearer"}'],
    ['an empty body', ''],
  ])('raises a VendorError, not a TypeError, when the token endpoint answers 200 with %s', async (_name, body) => {
    handle = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(body)
    }
    const error = await vendorFailure(new DocplannerClient({ baseUrl, ...credentials }).listFacilities())
    expect(error).toMatchObject({ vendor: 'docplanner', status: 200, request: { method: 'POST' } })
    expect(['unexpected-shape', 'empty']).toContain(error.bodyProblem)
    expect(seen.filter((request) => request.url.startsWith('/api/'))).toHaveLength(0)
  })

  it('refreshes the token once after a 401 and retries the call', async () => {
    let calls = 0
    handle = (request, response) => {
      if (request.url === '/oauth/v2/token') return answerToken(response)
      calls += 1
      if (calls === 1) return answerError(response, 401)
      response.end('{"_items":[]}')
    }
    await expect(new DocplannerClient({ baseUrl, ...credentials }).listFacilities()).resolves.toEqual({ _items: [] })
    const apiCalls = seen.filter((request) => request.url.startsWith('/api/'))
    expect(apiCalls).toHaveLength(2)
    expect(apiCalls[0]!.authorization).not.toBe(apiCalls[1]!.authorization)
  })

  it('raises an auth error when the refreshed token is rejected too', async () => {
    handle = (request, response) => (request.url === '/oauth/v2/token' ? answerToken(response) : answerError(response, 401))
    const error = await vendorFailure(new DocplannerClient({ baseUrl, ...credentials }).listFacilities())
    expect(error).toMatchObject({ vendor: 'docplanner', status: 401, kind: 'auth', code: null, retryable: false })
    expect(seen.filter((request) => request.url === '/oauth/v2/token')).toHaveLength(2)
    expect(seen.filter((request) => request.url.startsWith('/api/'))).toHaveLength(2)
  })

  it('reads the retry hint from X-RateLimit-Reset on a 429', async () => {
    const reset = new Date(Date.now() + 60_000).toISOString()
    handle = (request, response) =>
      request.url === '/oauth/v2/token'
        ? answerToken(response)
        : answerError(response, 429, { 'X-RateLimit-Limit': '1000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Used': '1000', 'X-RateLimit-Reset': reset })
    const error = await vendorFailure(new DocplannerClient({ baseUrl, ...credentials }).listFacilities())
    expect(error).toMatchObject({ status: 429, kind: 'rate-limited', retryable: true })
    expect(error.retryAfterMs).toBeGreaterThan(50_000)
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000)
  })

  it('sends the slot start url-encoded in the booking path, as the API reference asks', async () => {
    handle = (request, response) => (request.url === '/oauth/v2/token' ? answerToken(response) : response.end('{}'))
    await new DocplannerClient({ baseUrl, ...credentials }).bookSlot({
      facilityId: '1',
      doctorId: '2',
      addressId: '3',
      start: '2024-12-03T09:00:00+01:00',
      booking: { address_service_id: '5', duration: 30, patient: { name: 'Ada', phone: '500000000' } },
    })
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v3/integration/facilities/1/doctors/2/addresses/3/slots/2024-12-03T09%3A00%3A00%2B01%3A00/book',
      contentType: 'application/json',
    })
  })

  it('marks an error answer without the documented content type as wrong-content-type', async () => {
    handle = (request, response) => {
      if (request.url === '/oauth/v2/token') return answerToken(response)
      response.writeHead(404, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ message: 'Not Found', errors: [] }))
    }
    const error = await vendorFailure(new DocplannerClient({ baseUrl, ...credentials }).listFacilities())
    expect(error).toMatchObject({ status: 404, kind: 'not-found', vendorMessage: 'Not Found', bodyProblem: 'wrong-content-type' })
  })
})

describe('parseDocplannerError', () => {
  it.each([
    ['message and errors', { message: 'm', errors: ['e'] }, { code: null, message: 'm' }],
    ['only a message', { message: 'm' }, { code: null, message: 'm' }],
    ['only errors', { errors: ['e'] }, { code: null, message: null }],
  ])('reads a body with %s and names no field', (_name, body, parsed) => {
    const result = parseDocplannerError(body)
    expect(result).toEqual(parsed)
    expect(result?.field).toBeUndefined()
  })

  it.each([
    ['an empty object', {}],
    ['a numeric message', { message: 42, errors: [] }],
    ['errors that are not strings', { message: 'm', errors: [{ field: 'start' }] }],
    ['an OAuth error', { error: 'invalid_grant', error_description: 'expired' }],
    ['an array', ['m']],
    ['errors keyed by field whose values are not string lists', { message: 'm', errors: { start: 'not a list' } }],
  ])('rejects %s as not the documented shape', (_name, body) => {
    expect(parseDocplannerError(body)).toBeNull()
  })

  it('reads errors keyed by field (the API reference’s 400 examples) and names the first field', () => {
    const body = { message: 'Invalid arguments', errors: { 'slots[1].end': ['End date should be less than or equal to 15.05.2021, 11:45.'] } }
    expect(parseDocplannerError(body)).toEqual({ code: null, message: 'Invalid arguments', field: 'slots[1].end' })
  })
})
