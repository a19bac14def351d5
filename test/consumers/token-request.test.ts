import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../consumers/auth/basic-authorization.ts'
import { JWT_BEARER_ASSERTION_TYPE, tokenRequest } from '../../consumers/auth/token-request.ts'

const decodeBasic = (header: string | undefined) => Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString('utf8')

describe('token requests of the client kit', () => {
  it('sends the client id and secret in HTTP Basic as they are, as curl -u does, and the grant as a form', () => {
    const request = tokenRequest({ client: { method: 'client_secret_basic', clientId: 'client id', clientSecret: 's3cret/+=' }, scope: 'integration' })
    expect(decodeBasic(request.headers.authorization)).toBe('client id:s3cret/+=')
    expect(request.form).toEqual({ grant_type: 'client_credentials', scope: 'integration' })
  })

  it('form-encodes the id and secret before Basic when asked to, as RFC 6749 section 2.3.1 does', () => {
    expect(decodeBasic(basicAuthorization('client id', 's/cret', 'form-urlencoded'))).toBe('client+id:s%2Fcret')
  })

  it('sends the client id and secret in the form for client_secret_post, with no Authorization header', () => {
    const request = tokenRequest({
      client: { method: 'client_secret_post', clientId: 'id', clientSecret: 'secret' },
      scope: ['read', 'write'],
      audience: 'https://api.example.test/',
    })
    expect(request).toEqual({
      headers: {},
      form: { grant_type: 'client_credentials', client_id: 'id', client_secret: 'secret', scope: 'read write', audience: 'https://api.example.test/' },
    })
  })

  it('sends a client assertion of the JWT-bearer type, and the vendor’s own parameters last', () => {
    const request = tokenRequest({ client: { method: 'private_key_jwt', assertion: 'a.b.c' }, extra: { code: 'csrf' } })
    expect(Object.entries(request.form)).toEqual([
      ['grant_type', 'client_credentials'],
      ['client_assertion_type', JWT_BEARER_ASSERTION_TYPE],
      ['client_assertion', 'a.b.c'],
      ['code', 'csrf'],
    ])
  })

  it('asks for a user’s token with the password grant', () => {
    const request = tokenRequest({
      client: { method: 'client_secret_post', clientId: 'id', clientSecret: 'secret' },
      grant: { type: 'password', username: 'ada', password: 'pw' },
    })
    expect(request.form).toMatchObject({ grant_type: 'password', username: 'ada', password: 'pw' })
  })

  it('leaves scope out when none is asked for', () => {
    expect(tokenRequest({ client: { method: 'private_key_jwt', assertion: 'a.b.c' }, scope: [] }).form).not.toHaveProperty('scope')
  })

  it.each([
    ['clientId', { method: 'client_secret_basic', clientId: '', clientSecret: 'secret' }],
    ['clientSecret', { method: 'client_secret_post', clientId: 'id', clientSecret: '' }],
    ['assertion', { method: 'private_key_jwt', assertion: '' }],
  ] as const)('refuses an empty %s with an error naming it, instead of sending a request that cannot succeed', (name, client) => {
    expect(() => tokenRequest({ client })).toThrow(new RegExp(`${name} is empty`))
  })
})
