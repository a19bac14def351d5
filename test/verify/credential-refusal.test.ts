import { describe, expect, it } from 'vitest'
import { credentialRefusal } from '../../providers/verification/credential-refusal.ts'
import type { PactInteraction } from '../../providers/verification/pact-file.ts'
import { RunScope, type SwappedCredential } from '../../providers/verification/run-scope.ts'
import type { VerificationProfile } from '../../providers/verification/verification-profile.ts'

const profile = {
  env: [
    { key: 'clientId', name: 'ACME_CLIENT_ID', secret: false, purpose: '' },
    { key: 'clientSecret', name: 'ACME_CLIENT_SECRET', secret: true, purpose: '' },
    { key: 'audience', name: 'ACME_AUDIENCE', secret: false, purpose: '' },
    { key: 'expiredToken', name: 'ACME_EXPIRED_TOKEN', secret: true, purpose: '' },
  ],
} as Pick<VerificationProfile, 'env'>
const refused = { accessToken: () => Promise.reject(new Error('the token endpoint answered 401 invalid_client')) }
const issued = { accessToken: () => Promise.resolve('live-token') }

async function judged(
  expectedStatus: number,
  swapped: SwappedCredential[],
  status: number,
  body: unknown = {},
  credentials: typeof issued = refused,
): Promise<string | undefined> {
  const scope = new RunScope({ description: 'x', expectedStatus } as PactInteraction)
  for (const credential of swapped) scope.swapped.add(credential)
  await credentialRefusal(profile, credentials)(scope, { status, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) })
  return scope.unavailable
}

describe('telling our refused credentials from a mismatch', () => {
  it('makes an interaction unavailable when the token endpoint refuses our client, naming the variables to check', async () => {
    expect(await judged(400, ['client-credentials'], 401, { error: 'invalid_client' })).toBe(
      "the vendor's token endpoint refused our client credentials (401 invalid_client; a token of our own: the token endpoint answered 401 invalid_client); " +
        'check ACME_CLIENT_ID, ACME_CLIENT_SECRET, ACME_AUDIENCE',
    )
    expect(await judged(400, ['client-credentials'], 400, { error: 'invalid_client' })).toMatch(
      /^the vendor's token endpoint refused our client credentials \(400/,
    )
  })

  it('compares a token endpoint’s invalid_client with the contract when a token of our own can still be had', async () => {
    expect(await judged(400, ['client-credentials'], 401, { error: 'invalid_client' }, issued)).toBeUndefined()
  })

  it('reports a token issued to our client but refused on use, such as one for another audience', async () => {
    expect(await judged(404, ['access-token'], 401, { error: 'invalid_audience' })).toBe(
      'the vendor issued our client a token but refused it on use (401 invalid_audience); check ACME_CLIENT_ID, ACME_CLIENT_SECRET, ACME_AUDIENCE',
    )
  })

  it('leaves the comparison to the verifier when the contract itself expects the 401, or no credential of ours went out', async () => {
    expect(await judged(401, ['access-token'], 401, { error: 'missing_scope' })).toBeUndefined()
    expect(await judged(404, [], 401, { error: 'invalid_token' })).toBeUndefined()
    expect(await judged(404, ['access-token'], 404, { error: 'entity_not_found' })).toBeUndefined()
    expect(await judged(422, ['access-token'], 500, 'not json')).toBeUndefined()
  })
})
