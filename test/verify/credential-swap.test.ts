import { describe, expect, it } from 'vitest'
import { credentialSwap, type RelayedRequest } from '../../providers/verification/credential-swap.ts'
import type { PactInteraction } from '../../providers/verification/pact-file.ts'
import { createRedactor } from '../../providers/verification/redactor.ts'
import { RunScope } from '../../providers/verification/run-scope.ts'
import type { LiveCredentials, VerificationProfile } from '../../providers/verification/verification-profile.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

const TOKEN_PATH = '/oauth/token'
const profile = { tokenPath: TOKEN_PATH } as VerificationProfile
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

function swapWith(credentials: LiveCredentials, prepareScope: (scope: RunScope) => void = () => {}) {
  const scope = new RunScope({ description: 'an interaction' } as PactInteraction)
  prepareScope(scope)
  const swap = credentialSwap({ scope: () => scope, profile, credentials, redactor: createRedactor(['live-secret']) })
  return { scope, swap }
}

const request = (overrides: Partial<RelayedRequest>): RelayedRequest => ({ method: 'GET', path: '/items/1', headers: {}, body: Buffer.alloc(0), ...overrides })

const live: LiveCredentials = {
  accessToken: async () => 'live-token',
  clientBasic: async () => ({ id: 'live-client', secret: 'live-secret' }),
  tokenRequestForm: async () => new URLSearchParams({ grant_type: 'client_credentials', client_id: 'live-client' }),
}

describe('credentialSwap', () => {
  it('puts a live access token where the contract has the placeholder, keeping the scheme', async () => {
    const { swap } = swapWith(live)
    const swapped = await swap(request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.accessToken}`, accept: 'application/json' } }))
    expect(swapped.headers).toEqual({ authorization: 'Bearer live-token', accept: 'application/json' })
  })

  it('records which of our own credentials went out, and not a token a state obtained', async () => {
    const ours = swapWith(live)
    await ours.swap(request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.accessToken}` } }))
    expect([...ours.scope.swapped]).toEqual(['access-token'])
    const states = swapWith(live, (scope) => (scope.tokenOverride = 'state-token'))
    await states.swap(request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.accessToken}` } }))
    expect([...states.scope.swapped]).toEqual([])
  })

  it('uses the token a provider state obtained for this interaction instead of the live one', async () => {
    const { swap } = swapWith(live, (scope) => (scope.tokenOverride = 'state-token'))
    const swapped = await swap(request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.accessToken}` } }))
    expect(swapped.headers.authorization).toBe('Bearer state-token')
  })

  it('leaves every other credential as the contract recorded it, such as an expired token', async () => {
    const { swap, scope } = swapWith(live)
    const recorded = request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.expiredToken}` } })
    expect(await swap(recorded)).toEqual(recorded)
    expect(scope.blocked).toBeUndefined()
  })

  it('puts the live client credentials in a placeholder Basic header on the token endpoint only', async () => {
    const { swap } = swapWith(live)
    const placeholder = basic(CONTRACT_CREDENTIALS.clientId, CONTRACT_CREDENTIALS.clientSecret)
    const onToken = await swap(request({ method: 'POST', path: TOKEN_PATH, headers: { authorization: placeholder }, body: Buffer.from('grant_type=x') }))
    expect(onToken.headers.authorization).toBe(basic('live-client', 'live-secret'))
    expect(onToken.body.toString()).toBe('grant_type=x')
    const elsewhere = await swap(request({ path: '/items/1', headers: { authorization: placeholder } }))
    expect(elsewhere.headers.authorization).toBe(placeholder)
  })

  it('gives a body-less token request a live form body with its content type', async () => {
    const { swap } = swapWith(live)
    const swapped = await swap(request({ method: 'POST', path: TOKEN_PATH }))
    expect(swapped.body.toString()).toBe('grant_type=client_credentials&client_id=live-client')
    expect(swapped.headers['content-type']).toBe('application/x-www-form-urlencoded')
  })

  it('marks the interaction unavailable, with the secret redacted, when no live token can be had', async () => {
    const { swap, scope } = swapWith({ accessToken: () => Promise.reject(new Error('token endpoint said no to live-secret')) })
    const recorded = request({ headers: { authorization: `Bearer ${CONTRACT_CREDENTIALS.accessToken}` } })
    expect(await swap(recorded)).toEqual(recorded)
    expect(scope.blocked).toBe('no live access token: token endpoint said no to [redacted]')
  })
})
