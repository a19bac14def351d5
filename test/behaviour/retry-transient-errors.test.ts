import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { behaviourCasesOf, behaviourRows } from './support/behaviour-cases.ts'
import { contractInteraction } from './support/contract-values.ts'
import { provoke } from './support/provoke.ts'
import { recordedSleep, retried } from './support/retried.ts'
import { vendorHost } from './support/vendor-clients.ts'

const server = useReplayServer()

/** Each vendor's transient answers and writes that may have happened, from `consumers/<id>/behaviour-cases.ts`. */
const TRANSIENT = behaviourRows(testedVendors(), 'transient')
const WRITE_MAY_HAVE_HAPPENED = behaviourRows(testedVendors(), 'writeMayHaveHappened')
const RECOVERING = testedVendors().flatMap((vendor) => {
  const scenario = behaviourCasesOf(vendor).recoversOnRetry
  return scenario === undefined ? [] : [[vendor, scenario] as const]
})
/** Some vendor's transient 503: the first found in the data. */
const UNAVAILABLE = TRANSIENT.find(([vendor, scenario]) => contractInteraction(vendor, scenario).response.status === 503)

// A vendor whose cases list no transient answer has nothing to run here.
describe.skipIf(TRANSIENT.length + RECOVERING.length === 0)('retry on transient vendor errors', () => {
  it.each(TRANSIENT)('%s "%s" is tried three times with doubling backoff, then surfaces', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const { delays, sleep } = recordedSleep()
    const { error, attempts } = await retried(vendor, scenario, { maxAttempts: 3, baseDelayMs: 200, random: () => 0, sleep })
    expect(isVendorError(error) && { retryable: error.retryable, vendor: error.vendor }, `${vendor} "${scenario}": ${String(error)}`).toEqual({
      retryable: true,
      vendor,
    })
    expect(attempts).toBe(3)
    expect(delays).toEqual([100, 200])
  })

  it.each(RECOVERING)('%s "%s" succeeds on the retry once the vendor recovers', async (vendor, scenario) => {
    server.use(http.all(`${vendorHost(vendor)}/*`, () => HttpResponse.json({ recovered: true })))
    server.use(replay(vendor, scenario, { times: 1 }))
    const { delays, sleep } = recordedSleep()
    await expect(withRetry(() => provoke(vendor, scenario), { sleep, random: () => 0 })).resolves.toEqual({ recovered: true })
    expect(delays).toHaveLength(1)
  })
})

describe('retry of writes', () => {
  it.each(WRITE_MAY_HAVE_HAPPENED)('%s "%s" is not repeated, since the write may have gone through', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const { error, attempts } = await retried(vendor, scenario, { idempotent: false, sleep: async () => {} })
    expect(isVendorError(error) && { kind: error.kind, retryable: error.retryable }).toEqual({ kind: 'server', retryable: true })
    expect(attempts).toBe(1)
  })

  it.runIf(UNAVAILABLE)('with idempotent: false a 503 is still repeated, since nothing was done', async () => {
    const [vendor, scenario] = UNAVAILABLE!
    server.use(replay(vendor, scenario))
    const { attempts } = await retried(vendor, scenario, { idempotent: false, sleep: async () => {} })
    expect(attempts, `${vendor} "${scenario}"`).toBe(3)
  })
})
