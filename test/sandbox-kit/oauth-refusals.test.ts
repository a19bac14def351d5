import { describe, expect, it } from 'vitest'
import { refused, wordRefusal } from '../../providers/sandbox-kit/oauth/oauth-refusals.ts'
import { grantScopes } from '../../providers/sandbox-kit/oauth/granted-scopes.ts'

describe('OAuth refusals and scopes in the sandbox kit', () => {
  it('answers RFC 6749’s defaults: 401 invalid_client for client authentication, 400 for the rest', () => {
    expect(wordRefusal(refused('client-unauthenticated'))).toMatchObject({ error: 'invalid_client', status: 401 })
    expect(wordRefusal(refused('grant-type-unsupported', 'implicit'))).toEqual({
      reason: 'grant-type-unsupported',
      error: 'unsupported_grant_type',
      status: 400,
      description: 'grant_type implicit is not supported',
    })
  })

  it('answers RFC 7523’s invalid_client for a client assertion that is not good', () => {
    expect(wordRefusal(refused('assertion-expired'))).toMatchObject({ error: 'invalid_client', status: 401 })
  })

  it('takes a vendor’s wording whole or in part, building a description from the detail', () => {
    expect(
      wordRefusal(refused('assertion-expired'), { 'assertion-expired': { error: 'invalid_request', status: 400, description: 'token has expired' } }),
    ).toMatchObject({
      error: 'invalid_request',
      status: 400,
      description: 'token has expired',
    })
    expect(wordRefusal(refused('parameter-missing', 'code'), { 'parameter-missing': { description: (name) => `Missing ${name}.` } })).toMatchObject({
      error: 'invalid_request',
      description: 'Missing code.',
    })
  })

  it('grants only scopes the client has, all of them when none are asked for', () => {
    expect(grantScopes('read', ['read', 'write'])).toEqual({ ok: true, scopes: ['read'] })
    expect(grantScopes('', ['read', 'write'])).toEqual({ ok: true, scopes: ['read', 'write'] })
    expect(grantScopes('read admin', ['read'])).toEqual({ ok: false, reason: 'scope-not-granted', detail: 'read' })
    expect(grantScopes(undefined, ['read'], { required: true })).toMatchObject({ reason: 'scope-missing' })
  })
})
