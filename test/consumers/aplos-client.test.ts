import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { vendorFailure } from './support/vendor-failure.ts'
import { AplosClient } from '../../consumers/aplos/aplos-client.ts'
import { aplosConfigFromEnv } from '../../consumers/aplos/aplos-config.ts'
import { parseAplosError } from '../../consumers/aplos/aplos-envelope.ts'
import { aplosErrorKind } from '../../consumers/aplos/aplos-exception-codes.ts'
import { rsaTokenDecrypter, unpadPkcs1Encryption } from '../../consumers/aplos/aplos-token-decrypter.ts'

// A key made for this test run only; Aplos's download is base64 PKCS#8 DER, so that form is used.
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const privateKeyBase64 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
const encryptForAccount = (token: string) => publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(token)).toString('base64')

const envelope = (status: number, code: number, message: string) => ({ version: 'v2_0_1', status, exception: { message, code } })

/** What the fake Aplos answers to `GET /hermes/api/v1/funds`, in order; the last one repeats. */
let fundAnswers: Array<{ status: number; body: unknown }> = []
let authAnswer: ((count: number) => { status: number; body: unknown }) | undefined
let seen: Array<{ url: string; authorization: string | undefined }> = []
let tokensIssued = 0
let server: Server
let baseUrl: string

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization })
    response.setHeader('Content-Type', 'application/json')
    if (request.url?.startsWith('/hermes/api/v1/auth/')) {
      tokensIssued += 1
      const answer = authAnswer?.(tokensIssued) ?? {
        status: 200,
        body: {
          version: 'v2_0_0',
          status: 200,
          data: { expires: new Date(Date.now() + 1_800_000).toISOString(), token: encryptForAccount(`token-${tokensIssued}`) },
        },
      }
      response.statusCode = answer.status
      response.end(JSON.stringify(answer.body))
      return
    }
    const answer = fundAnswers.length > 1 ? fundAnswers.shift()! : fundAnswers[0]!
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
  authAnswer = undefined
  fundAnswers = [{ status: 200, body: { version: 'v2_0_0', status: 200, data: { funds: [] } } }]
})

const client = () => new AplosClient({ baseUrl, clientId: 'test-client', privateKey: privateKeyBase64 })

describe('the Aplos client', () => {
  it('fetches a token from /auth/{clientId}, decrypts it with the private key and sends it as "Bearer: <token>"', async () => {
    await client().listFunds()
    expect(seen).toEqual([
      { url: '/hermes/api/v1/auth/test-client', authorization: undefined },
      { url: '/hermes/api/v1/funds', authorization: 'Bearer: token-1' },
    ])
  })

  it('reuses the token while it lives', async () => {
    const aplos = client()
    await aplos.listFunds()
    await aplos.listFunds()
    expect(tokensIssued).toBe(1)
  })

  it('fetches a new token and retries once when Aplos answers 1004 Expired Token', async () => {
    fundAnswers = [
      { status: 401, body: envelope(401, 1004, 'The token is expired.') },
      { status: 200, body: { version: 'v2_0_0', status: 200, data: { funds: [] } } },
    ]
    await client().listFunds()
    expect(seen.map((request) => request.authorization)).toEqual([undefined, 'Bearer: token-1', undefined, 'Bearer: token-2'])
  })

  it('gives up after one refresh when the new token is refused too', async () => {
    fundAnswers = [{ status: 401, body: envelope(401, 1004, 'The token is expired.') }]
    const error = await vendorFailure(client().listFunds())
    expect({ kind: error.kind, code: error.code, status: error.status }).toEqual({ kind: 'auth', code: 1004, status: 401 })
    expect(tokensIssued).toBe(2)
  })

  it('does not refresh a revoked token (1003)', async () => {
    fundAnswers = [{ status: 401, body: envelope(401, 1003, 'The token was revoked.') }]
    const error = await vendorFailure(client().listFunds())
    expect({ kind: error.kind, code: error.code }).toEqual({ kind: 'auth', code: 1003 })
    expect(tokensIssued).toBe(1)
  })

  it('raises an auth error that keeps no body (it holds the encrypted token) when the private key does not fit', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
    const error = await vendorFailure(new AplosClient({ baseUrl, clientId: 'test-client', privateKey: other }).listFunds())
    expect({ kind: error.kind, status: error.status, rawBody: error.rawBody }).toEqual({ kind: 'auth', status: 200, rawBody: '' })
  })

  it('raises an unexpected-shape error when the auth answer has no token', async () => {
    authAnswer = () => ({ status: 200, body: { version: 'v2_0_0', status: 200, data: {} } })
    const error = await vendorFailure(client().listFunds())
    expect({ kind: error.kind, bodyProblem: error.bodyProblem }).toEqual({ kind: 'unknown', bodyProblem: 'unexpected-shape' })
  })

  it('reports 1001 Client Disabled from the auth call as an auth error', async () => {
    authAnswer = () => ({ status: 401, body: envelope(401, 1001, 'The client is disabled.') })
    const error = await vendorFailure(client().listFunds())
    expect({ kind: error.kind, code: error.code, url: error.request.url }).toEqual({
      kind: 'auth',
      code: 1001,
      url: `${baseUrl}/hermes/api/v1/auth/test-client`,
    })
  })
})

describe('the Aplos envelope', () => {
  it('reads the code and message whatever the version', () => {
    expect(parseAplosError(envelope(422, 3002, 'ID is required.'), 422)).toEqual({ code: 3002, message: 'ID is required.', kind: 'validation' })
  })

  it('rejects a body without an exception object', () => {
    expect(parseAplosError({ version: 'v2_0_0', status: 500 }, 500)).toBeNull()
  })

  it('classifies a 405 as method-not-allowed whatever its code', () => {
    expect(aplosErrorKind(3001, 405)).toBe('method-not-allowed')
    expect(aplosErrorKind(3001, 422)).toBe('not-found')
  })

  it('classifies unlisted codes by their documented range and leaves the Access range to the status', () => {
    expect([aplosErrorKind(1099, 401), aplosErrorKind(4099, 422), aplosErrorKind(5001, 500), aplosErrorKind(3099, 403)]).toEqual([
      'auth',
      'validation',
      'server',
      undefined,
    ])
  })
})

describe('the Aplos token decrypter', () => {
  it('reads a PEM key as well as base64 DER', () => {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    expect(rsaTokenDecrypter(pem)(encryptForAccount('plain'))).toBe('plain')
  })

  it('refuses a block that is not PKCS#1 v1.5 encryption padding', () => {
    expect(unpadPkcs1Encryption(Buffer.from([0, 1, 9, 9, 9, 9, 9, 9, 9, 9, 0, 65]))).toBeUndefined()
    expect(unpadPkcs1Encryption(Buffer.from([0, 2, 9, 9, 0, 9, 9, 9, 9, 9, 0, 65]))).toBeUndefined()
  })
})

describe('aplosConfigFromEnv', () => {
  it('names the missing variables', () => {
    expect(() => aplosConfigFromEnv({ APLOS_CLIENT_ID: 'x' })).toThrow(/APLOS_PRIVATE_KEY/)
  })

  it('defaults the host to app.aplos.com', () => {
    expect(aplosConfigFromEnv({ APLOS_CLIENT_ID: 'x', APLOS_PRIVATE_KEY: 'k' }).baseUrl).toBe('https://app.aplos.com')
  })

  it('reads APLOS_ACCOUNT_ID as partner mode, and leaves it out in client mode', () => {
    expect(aplosConfigFromEnv({ APLOS_CLIENT_ID: 'x', APLOS_PRIVATE_KEY: 'k', APLOS_ACCOUNT_ID: ' 10001 ' }).accountId).toBe('10001')
    expect(aplosConfigFromEnv({ APLOS_CLIENT_ID: 'x', APLOS_PRIVATE_KEY: 'k' }).accountId).toBeUndefined()
  })
})
