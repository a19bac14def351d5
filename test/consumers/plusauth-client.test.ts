import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { PlusAuthClient } from '../../consumers/plusauth/plusauth-client.ts'

interface Seen {
  method: string
  url: string
  authorization: string | undefined
  body: string
}

/** What the fake tenant answers to `GET /api/v1/users/{id}`, in order; the last one repeats. */
let userAnswers: Array<{ status: number; body: unknown }> = []
let seen: Seen[] = []
let tokensIssued = 0
let server: Server
let baseUrl: string

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body: await readBody(request) })
    response.setHeader('Content-Type', 'application/json')
    if (request.url === '/oauth2/token') {
      tokensIssued += 1
      response.end(JSON.stringify({ access_token: `token-${tokensIssued}`, token_type: 'Bearer', expires_in: 3600 }))
      return
    }
    const answer = userAnswers.length > 1 ? userAnswers.shift()! : userAnswers[0]!
    response.statusCode = answer.status
    response.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen = []
  tokensIssued = 0
})

function client(): PlusAuthClient {
  return new PlusAuthClient({ baseUrl, clientId: 'test-client', clientSecret: 'test-secret', audience: 'https://tenant.example/api/v1' })
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isVendorError(error)) throw new Error('expected a VendorError')
  return error
}

describe('the PlusAuth client', () => {
  it('requests a client-credentials token for its audience and sends it as a Bearer token', async () => {
    userAnswers = [{ status: 200, body: { id: 'usr_1' } }]
    await expect(client().getUser({ id: 'usr_1' })).resolves.toEqual({ id: 'usr_1' })
    const [token, call] = seen
    expect(token).toMatchObject({ method: 'POST', url: '/oauth2/token' })
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toMatchObject({
      grant_type: 'client_credentials',
      audience: 'https://tenant.example/api/v1',
      client_id: 'test-client',
    })
    expect(call).toMatchObject({ method: 'GET', url: '/api/v1/users/usr_1', authorization: 'Bearer token-1' })
  })

  it('refreshes the token once when a 401 carries a name the error page does not list', async () => {
    userAnswers = [
      { status: 401, body: { error: 'invalid_token', error_description: 'jwt expired', status: 401 } },
      { status: 200, body: { id: 'usr_1' } },
    ]
    await expect(client().getUser({ id: 'usr_1' })).resolves.toEqual({ id: 'usr_1' })
    expect(tokensIssued).toBe(2)
    expect(seen.at(-1)?.authorization).toBe('Bearer token-2')
  })

  it('refreshes at most once when the new token is rejected too', async () => {
    userAnswers = [{ status: 401, body: { error: 'invalid_token', status: 401 } }]
    const error = await failure(client().getUser({ id: 'usr_1' }))
    expect({ kind: error.kind, code: error.code }).toEqual({ kind: 'auth', code: 'invalid_token' })
    expect(tokensIssued).toBe(2)
  })

  it.each([
    ['missing_scope', 'forbidden'],
    ['invalid_audience', 'auth'],
    ['unauthorized_user', 'forbidden'],
  ] as const)('does not refresh the token on the documented 401 %s and reports it as %s', async (name, kind) => {
    userAnswers = [{ status: 401, body: { error: name, error_description: 'documented', status: 401 } }]
    const error = await failure(client().getUser({ id: 'usr_1' }))
    expect({ kind: error.kind, code: error.code, status: error.status }).toEqual({ kind, code: name, status: 401 })
    expect(tokensIssued).toBe(1)
  })

  it('reads a status sent as a string, as the page shows it, without losing the error name', async () => {
    userAnswers = [{ status: 404, body: { error: 'entity_not_found', error_description: "Requested resource doesn't exist.", status: '404' } }]
    const error = await failure(client().getUser({ id: 'usr_missing' }))
    expect({ kind: error.kind, code: error.code, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'not-found',
      code: 'entity_not_found',
      bodyProblem: undefined,
    })
  })
})
