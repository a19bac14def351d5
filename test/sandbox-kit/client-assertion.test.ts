import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { checkClientAssertion } from '../../providers/sandbox-kit/oauth/client-assertion.ts'
import { demoClients } from '../../providers/sandbox-kit/oauth/demo-clients.ts'
import { JWT_BEARER_ASSERTION_TYPE } from '../../providers/sandbox-kit/oauth/client-assertion.ts'
import { tokenEndpoint } from '../../providers/sandbox-kit/oauth/token-endpoint.ts'
import { requestHostname } from '../../providers/sandbox-kit/read-request.ts'
import type { AccessTokenClaims } from '../../providers/sandbox-kit/oauth/access-token-claims.ts'
import { tokenStore } from '../../providers/sandbox-kit/token-store.ts'
import { formRequest, manualClock, TEST_HOST } from './support/sandbox-requests.ts'

const clock = manualClock()
const clients = demoClients([{ role: 'main', tokenLifetimeMs: 60_000, scopes: ['api'] }], { keyPair: 'pem' })
const { clientId, privateKey } = clients.credentials as { clientId: string; privateKey: string }
const keyOf = (id: string) => clients.get(id)?.publicKey
const expected = { now: clock.now(), audiences: [TEST_HOST], requiredClaims: ['iss', 'jti'] }

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A JWT with exactly these claims (and header), signed RS256 with `key`. */
function jwt(claims: Record<string, unknown>, options: { key?: string; header?: Record<string, unknown> } = {}): string {
  const unsigned = `${encode(options.header ?? { alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`
  return `${unsigned}.${createSign('RSA-SHA256')
    .update(unsigned)
    .sign(options.key ?? privateKey)
    .toString('base64url')}`
}

/** The claims RFC 7523 asks for, valid for a minute, with changes. */
function claims(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { iss: clientId, sub: clientId, aud: TEST_HOST, exp: Math.floor(clock.now() / 1000) + 60, jti: randomUUID(), ...changes }
}

describe('client assertions (RFC 7523) in the sandbox kit', () => {
  it('takes an assertion signed by the client’s key that names the token host as aud', () => {
    expect(checkClientAssertion(jwt(claims()), keyOf, expected)).toMatchObject({ ok: true, clientId })
    expect(checkClientAssertion(jwt(claims({ aud: ['elsewhere', TEST_HOST] })), keyOf, expected).ok).toBe(true)
  })

  it('refuses a client assertion whose aud is not the token host', () => {
    expect(checkClientAssertion(jwt(claims({ aud: `https://${TEST_HOST}/oauth/token` })), keyOf, expected)).toEqual({
      ok: false,
      reason: 'assertion-audience-wrong',
      detail: TEST_HOST,
    })
  })

  it('refuses an assertion whose exp has passed, or that has none', () => {
    expect(checkClientAssertion(jwt(claims({ exp: Math.floor(clock.now() / 1000) - 1 })), keyOf, expected)).toMatchObject({ reason: 'assertion-expired' })
    expect(checkClientAssertion(jwt(claims({ exp: undefined })), keyOf, expected)).toMatchObject({ reason: 'assertion-expired' })
  })

  it('refuses an assertion signed by another key', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    expect(checkClientAssertion(jwt(claims(), { key: other }), keyOf, expected)).toMatchObject({ reason: 'assertion-signature-invalid' })
  })

  it('refuses an assertion for a client it does not know', () => {
    expect(checkClientAssertion(jwt(claims({ sub: 'nobody' })), keyOf, expected)).toMatchObject({ reason: 'client-unauthenticated' })
  })

  it('refuses an assertion without a required claim, naming the claim', () => {
    expect(checkClientAssertion(jwt(claims({ jti: undefined })), keyOf, expected)).toEqual({ ok: false, reason: 'assertion-claim-missing', detail: 'jti' })
  })

  it('refuses what is not a three-segment RS256 JWT', () => {
    expect(checkClientAssertion('a.b', keyOf, expected)).toMatchObject({ reason: 'assertion-malformed' })
    expect(checkClientAssertion('a.b.c', keyOf, expected)).toMatchObject({ reason: 'assertion-unreadable' })
    expect(checkClientAssertion(jwt(claims(), { header: { alg: 'none' } }), keyOf, expected)).toMatchObject({ reason: 'assertion-unreadable' })
  })

  describe('at the token endpoint (private_key_jwt)', () => {
    const tokens = tokenStore<AccessTokenClaims>(clock.now)
    const issue = tokenEndpoint({
      clients,
      tokens,
      clientAuthentication: ['private_key_jwt'],
      assertion: { audiences: (request) => [requestHostname(request)], requiredClaims: ['iss', 'jti'] },
      scopeFrom: { assertionClaim: 'scopes' },
      scopeRequired: true,
      now: clock.now,
    })
    const form = (assertion: string) => ({ grant_type: 'client_credentials', client_assertion_type: JWT_BEARER_ASSERTION_TYPE, client_assertion: assertion })

    it('issues a token for the scopes the assertion’s scopes claim asks for', () => {
      const answer = issue(formRequest(form(jwt(claims({ scopes: 'api' })))))
      expect(answer).toMatchObject({ status: 200, body: { scope: 'api' } })
    })

    it('refuses an assertion without the scopes claim the vendor requires', () => {
      expect(issue(formRequest(form(jwt(claims()))))).toMatchObject({ status: 400, body: { error: 'invalid_scope' } })
    })

    it('refuses a request without a client assertion as a missing client_assertion', () => {
      expect(issue(formRequest({ grant_type: 'client_credentials' }))).toMatchObject({
        status: 400,
        body: { error: 'invalid_request', error_description: 'client_assertion is required' },
      })
    })

    it('refuses a client assertion whose aud is not the token host with 401 invalid_client', () => {
      expect(issue(formRequest(form(jwt(claims({ aud: 'https://elsewhere.test/', scopes: 'api' })))))).toMatchObject({
        status: 401,
        body: { error: 'invalid_client' },
      })
    })
  })
})
