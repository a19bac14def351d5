import { describe, expect, it } from 'vitest'
import type { AccessTokenClaims } from '../../providers/sandbox-kit/oauth/access-token-claims.ts'
import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../providers/sandbox-kit/oauth/demo-clients.ts'
import { tokenEndpoint, type TokenEndpointOptions } from '../../providers/sandbox-kit/oauth/token-endpoint.ts'
import type { OAuthClient } from '../../providers/sandbox-kit/oauth/client-authentication.ts'
import type { SandboxRequest, SandboxResponse } from '../../providers/sandbox-kit/sandbox-types.ts'
import { tokenStore } from '../../providers/sandbox-kit/token-store.ts'
import { basic, formRequest, manualClock, sandboxRequest } from './support/sandbox-requests.ts'

type Extra = { tenant: string }

/** A token endpoint over two demo clients and a store on a hand-moved clock, with `changes` to its options. */
function endpoint(changes: Partial<TokenEndpointOptions<OAuthClient, Extra>> = {}) {
  const clock = manualClock()
  const clients = demoClients(
    [
      { role: 'main', tokenLifetimeMs: 3_600_000, scopes: ['read', 'write'] },
      { role: 'shortLived', tokenLifetimeMs: SHORT_LIVED_TOKEN_MS, scopes: ['read'] },
    ],
    { secrets: true },
  )
  const tokens = tokenStore<AccessTokenClaims & Extra>(clock.now)
  const issue = tokenEndpoint<OAuthClient, Extra>({
    clients,
    tokens,
    clientAuthentication: ['client_secret_basic', 'client_secret_post'],
    claims: () => ({ tenant: 'acme' }),
    now: clock.now,
    ...changes,
  })
  const { clientId, clientSecret } = clients.credentials as { clientId: string; clientSecret: string }
  return { issue, tokens, clock, clientId, clientSecret, credentials: clients.credentials }
}

const body = (answer: SandboxResponse) => answer.body as Record<string, unknown>

describe('the token endpoint of the sandbox kit', () => {
  it('issues a client-credentials token to a client authenticated by HTTP Basic, answered as RFC 6749 section 5.1 says', () => {
    const { issue, clientId, clientSecret } = endpoint()
    const answer = issue(formRequest({ grant_type: 'client_credentials' }, { authorization: basic(clientId, clientSecret) }))
    expect(answer).toMatchObject({ status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } })
    expect(body(answer)).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, scope: 'read write' })
  })

  it('takes the client id and secret as form parameters where client_secret_post is allowed', () => {
    const { issue, clientId, clientSecret } = endpoint()
    expect(issue(formRequest({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret })).status).toBe(200)
  })

  it('refuses form credentials where only HTTP Basic is allowed', () => {
    const { issue, clientId, clientSecret } = endpoint({ clientAuthentication: ['client_secret_basic'] })
    const answer = issue(formRequest({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }))
    expect({ status: answer.status, error: body(answer).error }).toEqual({ status: 401, error: 'invalid_client' })
  })

  it.each([
    ['no credentials', {}],
    ['an unknown client', { authorization: basic('nobody', 'secret') }],
  ])('refuses %s with 401 invalid_client', (_case, headers) => {
    const answer = endpoint().issue(formRequest({ grant_type: 'client_credentials' }, headers))
    expect({ status: answer.status, ...body(answer) }).toEqual({ status: 401, error: 'invalid_client', error_description: 'Client authentication failed.' })
  })

  it('refuses a known client with a wrong secret as it refuses an unknown one', () => {
    const { issue, clientId } = endpoint()
    expect(body(issue(formRequest({ grant_type: 'client_credentials' }, { authorization: basic(clientId, 'wrong') }))).error).toBe('invalid_client')
  })

  it('refuses a request without grant_type as invalid_request, and another grant as unsupported_grant_type', () => {
    const { issue, clientId, clientSecret } = endpoint()
    const auth = { authorization: basic(clientId, clientSecret) }
    expect(body(issue(formRequest({}, auth)))).toMatchObject({ error: 'invalid_request', error_description: 'grant_type is required' })
    expect(body(issue(formRequest({ grant_type: 'authorization_code' }, auth)))).toMatchObject({ error: 'unsupported_grant_type' })
  })

  it('refuses a request without a parameter the vendor requires, naming it', () => {
    const { issue, clientId, clientSecret } = endpoint({ requiredParameters: ['code'] })
    const answer = issue(formRequest({ grant_type: 'client_credentials' }, { authorization: basic(clientId, clientSecret) }))
    expect({ status: answer.status, ...body(answer) }).toEqual({ status: 400, error: 'invalid_request', error_description: 'code is required' })
  })

  it('grants the scopes asked for when the client has them, and all its scopes when it asks for none', () => {
    const { issue, tokens, clientId, clientSecret } = endpoint()
    const auth = { authorization: basic(clientId, clientSecret) }
    const asked = body(issue(formRequest({ grant_type: 'client_credentials', scope: 'read' }, auth)))
    expect(asked.scope).toBe('read')
    const lookup = tokens.lookup(asked.access_token as string)
    expect(lookup.state === 'valid' && lookup.issued.claims).toMatchObject({ clientId, scopes: ['read'], tenant: 'acme' })
  })

  it('refuses a scope the client was not granted with invalid_scope', () => {
    const { issue, clientId, clientSecret } = endpoint()
    const answer = issue(formRequest({ grant_type: 'client_credentials', scope: 'read admin' }, { authorization: basic(clientId, clientSecret) }))
    expect({ status: answer.status, error: body(answer).error }).toEqual({ status: 400, error: 'invalid_scope' })
  })

  it('refuses a request that names no scope where the vendor requires one', () => {
    const { issue, clientId, clientSecret } = endpoint({ scopeRequired: true })
    expect(body(issue(formRequest({ grant_type: 'client_credentials' }, { authorization: basic(clientId, clientSecret) }))).error).toBe('invalid_scope')
  })

  it('ignores the scope parameter where the vendor fixes scopes when it sets a client up', () => {
    const { issue, clientId, clientSecret } = endpoint({ scopeFrom: 'nowhere' })
    const answer = issue(formRequest({ grant_type: 'client_credentials', scope: 'admin' }, { authorization: basic(clientId, clientSecret) }))
    expect(body(answer).scope).toBe('read write')
  })

  it('requires an audience where the vendor takes one, and records it on the token', () => {
    const { issue, tokens, clientId, clientSecret } = endpoint({ audience: {} })
    const auth = { authorization: basic(clientId, clientSecret) }
    expect(body(issue(formRequest({ grant_type: 'client_credentials' }, auth)))).toMatchObject({
      error: 'invalid_request',
      error_description: 'audience is required',
    })
    const issued = body(issue(formRequest({ grant_type: 'client_credentials', audience: 'https://api.example.test/' }, auth)))
    const lookup = tokens.lookup(issued.access_token as string)
    expect(lookup.state === 'valid' && lookup.issued.claims.audience).toBe('https://api.example.test/')
  })

  describe('the password grant', () => {
    const users = (username: string) => (username === 'ada' ? { id: 'usr_1', password: 'correct horse' } : undefined)
    const passwordEndpoint = () =>
      endpoint({
        grants: ['client_credentials', 'password'],
        users,
        audience: { fallback: (grant) => (grant === 'password' ? 'https://api.example.test/' : undefined) },
      })

    it('issues a token held by the user, for the audience the vendor falls back to', () => {
      const { issue, tokens, clientId, clientSecret } = passwordEndpoint()
      const answer = issue(
        formRequest({ grant_type: 'password', username: 'ada', password: 'correct horse' }, { authorization: basic(clientId, clientSecret) }),
      )
      const lookup = tokens.lookup(body(answer).access_token as string)
      expect(lookup.state === 'valid' && lookup.issued.claims).toMatchObject({ userId: 'usr_1', audience: 'https://api.example.test/' })
    })

    it.each([
      ['a wrong password', { username: 'ada', password: 'wrong' }],
      ['an unknown user', { username: 'eve', password: 'correct horse' }],
    ])('refuses %s with invalid_grant', (_case, user) => {
      const { issue, clientId, clientSecret } = passwordEndpoint()
      const answer = issue(formRequest({ grant_type: 'password', ...user }, { authorization: basic(clientId, clientSecret) }))
      expect({ status: answer.status, error: body(answer).error }).toEqual({ status: 400, error: 'invalid_grant' })
    })
  })

  it('issues tokens that expire after the client’s lifetime', () => {
    const { issue, tokens, clock, credentials } = endpoint()
    const answer = issue(
      formRequest({ grant_type: 'client_credentials' }, { authorization: basic(credentials.shortLivedClientId!, credentials.shortLivedClientSecret!) }),
    )
    const token = body(answer).access_token as string
    expect(body(answer).expires_in).toBe(0.3)
    expect(tokens.lookup(token).state).toBe('valid')
    clock.advance(SHORT_LIVED_TOKEN_MS)
    expect(tokens.lookup(token).state).toBe('expired')
  })

  it('words each refusal as the vendor does, with its own code and status where it gives them', () => {
    const { issue, clientId, clientSecret } = endpoint({
      wording: { 'client-unauthenticated': { error: 'unauthorized_client', status: 400, description: 'Who are you?' }, 'grant-type-missing': 'no grant' },
    })
    const anonymous = issue(formRequest({}))
    expect({ status: anonymous.status, ...body(anonymous) }).toEqual({ status: 400, error: 'unauthorized_client', error_description: 'Who are you?' })
    const grantless = issue(formRequest({}, { authorization: basic(clientId, clientSecret) }))
    expect({ status: grantless.status, ...body(grantless) }).toEqual({ status: 400, error: 'invalid_request', error_description: 'no grant' })
  })

  it('answers in the vendor’s content type and body shapes, without Cache-Control where it sends none', () => {
    const { issue, clientId, clientSecret } = endpoint({
      answers: {
        contentType: 'application/json; charset=utf-8',
        noStore: false,
        success: (issued) => ({ token: issued.token }),
        error: (refusal) => ({ code: refusal.error }),
      },
    })
    const issued = issue(formRequest({ grant_type: 'client_credentials' }, { authorization: basic(clientId, clientSecret) }))
    expect(issued.headers).toEqual({ 'Content-Type': 'application/json; charset=utf-8' })
    expect(Object.keys(body(issued))).toEqual(['token'])
    expect(body(issue(formRequest({})))).toEqual({ code: 'invalid_client' })
  })

  it('reads parameters from a JSON body or the query string where the vendor takes them', () => {
    const { issue, clientId, clientSecret } = endpoint({ parameters: ['form', 'json', 'query'] })
    const json: SandboxRequest = sandboxRequest({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    })
    expect(issue(json).status).toBe(200)
    const query = sandboxRequest({ query: 'grant_type=client_credentials', headers: { authorization: basic(clientId, clientSecret) } })
    expect(issue(query).status).toBe(200)
  })

  it('refuses options that could never issue a token, naming what is missing', () => {
    expect(() => endpoint({ clientAuthentication: ['private_key_jwt'] })).toThrow(/private_key_jwt needs the assertion option/)
    expect(() => endpoint({ grants: ['password'] })).toThrow(/password grant needs the users option/)
    expect(() => endpoint({ clientAuthentication: [] })).toThrow(/names no method/)
    expect(() => endpoint({ scopeFrom: { assertionClaim: 'scopes' } })).toThrow(/need private_key_jwt/)
  })
})
