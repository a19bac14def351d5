import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { behaviourRows } from './support/behaviour-cases.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { contractInteraction } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { vendorHost } from './support/vendor-clients.ts'

const server = useReplayServer()
let requests: string[] = []
server.events.on('request:start', ({ request }) => void requests.push(request.headers.get('authorization') ?? '(none)'))
afterEach(() => {
  requests = []
})

/** Each vendor's token cases, from `consumers/<id>/behaviour-cases.ts`. */
const EXPIRED_TOKEN = behaviourRows(testedVendors(), 'expiredToken')
const NOT_FIXED_BY_A_NEW_TOKEN = behaviourRows(testedVendors(), 'notFixedByNewToken')
const NO_BEARER_TOKEN = behaviourRows(testedVendors(), 'noBearerToken')

// A vendor whose cases list none of these (a vendor just started, with drafts only) has nothing to run here.
describe.skipIf(EXPIRED_TOKEN.length === 0)('token refresh on an expired-token answer', () => {
  it.each(EXPIRED_TOKEN)('%s "%s" fetches a new token once and repeats the call with it', async (vendor, scenario) => {
    server.use(http.all(`${vendorHost(vendor)}/*`, () => HttpResponse.json({ fresh: true })))
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

describe.skipIf(NOT_FIXED_BY_A_NEW_TOKEN.length + NO_BEARER_TOKEN.length === 0)('no token refresh where a new token cannot help', () => {
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
