import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { replay } from '../support/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { contractInteraction } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { scenarioCases } from './support/scenario-cases.ts'
import { VENDOR_HOSTS } from './support/vendor-clients.ts'

const server = useReplayServer()
let requests: string[] = []
server.events.on('request:start', ({ request }) => void requests.push(request.headers.get('authorization') ?? '(none)'))
afterEach(() => {
  requests = []
})

/** Answers that mean "your access token expired": a new token can fix them. */
const EXPIRED_TOKEN = scenarioCases<VendorId>({
  plansource: ['signature-has-expired'],
  docplanner: ['unauthorized'],
  aplos: ['expired-token'],
  usta: ['authentication-token-is-invalid', 'token-expired'],
})

/** Documented 401s that a new token cannot fix: wrong audience, issuer, scope or rights, a revoked token, USTA's own backend. */
const NOT_FIXED_BY_A_NEW_TOKEN = scenarioCases<VendorId>({
  plusauth: ['invalid-audience', 'invalid-issuer', 'missing-scope', 'unauthorized-user'],
  aplos: ['revoked-token'],
  usta: ['authentication-error', 'backend-system-token-is-invalid'],
})

/** Calls made with no bearer token at all (or the wrong scheme): nothing to refresh. */
const NO_BEARER_TOKEN = scenarioCases<VendorId>({
  plansource: ['forbidden'],
  aplos: ['missing-token'],
  plusauth: ['missing-token', 'invalid-authorization-scheme'],
  usta: ['unauthorized', 'full-authentication-is-required'],
})

describe('token refresh on an expired-token answer', () => {
  it.each(EXPIRED_TOKEN)('%s "%s" fetches a new token once and repeats the call with it', async (vendor, scenario) => {
    server.use(http.all(`${VENDOR_HOSTS[vendor]}/*`, () => HttpResponse.json({ fresh: true })))
    server.use(replay(vendor, scenario, { times: 1 }))
    const tokens = countingTokens()
    await expect(provoke(vendor, scenario, tokens)).resolves.toEqual({ fresh: true })
    expect(tokens.issued).toEqual(['token-1', 'token-2'])
    expect(requests).toHaveLength(2)
    expect(requests[1]).toContain('token-2')
  })

  it.each(EXPIRED_TOKEN)('%s "%s" does not loop when the new token is rejected too', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const tokens = countingTokens()
    const error = await rejection(provoke(vendor, scenario, tokens))
    expect(isVendorError(error) && { status: error.status, kind: error.kind }).toEqual({
      status: contractInteraction(vendor, scenario).response.status,
      kind: 'auth',
    })
    expect(tokens.issued).toEqual(['token-1', 'token-2'])
    expect(requests).toHaveLength(2)
  })
})

describe('no token refresh where a new token cannot help', () => {
  it.each(NOT_FIXED_BY_A_NEW_TOKEN)('%s "%s" surfaces after one request with the same token', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const tokens = countingTokens()
    const error = await rejection(provoke(vendor, scenario, tokens))
    expect(isVendorError(error) && error.status).toBe(401)
    expect(tokens.issued).toEqual(['token-1'])
    expect(requests).toHaveLength(1)
  })

  it.each(NO_BEARER_TOKEN)('%s "%s" surfaces the auth error of a call without a bearer token, once', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const error = await rejection(provoke(vendor, scenario))
    expect(isVendorError(error) && { status: error.status, retryable: error.retryable }).toEqual({
      status: contractInteraction(vendor, scenario).response.status,
      retryable: false,
    })
    expect(requests).toHaveLength(1)
    expect(requests[0]).not.toMatch(/^Bearer/)
  })
})
