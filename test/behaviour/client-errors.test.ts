import { describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { behaviourRows } from './support/behaviour-cases.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { contractInteraction } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { vendorFailure } from './support/validation-failure.ts'

const server = useReplayServer()

/** Each vendor's client errors and "does not exist" answers, from `consumers/<id>/behaviour-cases.ts`. */
const CLIENT_ERRORS = behaviourRows(testedVendors(), 'clientErrors')
const MISSING = behaviourRows(testedVendors(), 'missing')

// A vendor whose cases list no client error (drafts only) has nothing to run here.
describe.skipIf(CLIENT_ERRORS.length + MISSING.length === 0)('no retry and no token refresh on client errors', () => {
  it.each(CLIENT_ERRORS)('%s "%s" surfaces after one attempt with its status', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const tokens = countingTokens()
    let attempts = 0
    const sleeps: number[] = []
    const error = await rejection(
      withRetry(
        () => {
          attempts++
          return provoke(vendor, scenario, tokens)
        },
        { sleep: async (ms) => void sleeps.push(ms) },
      ),
    )
    expect(isVendorError(error) && { status: error.status, retryable: error.retryable }, `${vendor} "${scenario}": ${String(error)}`).toEqual({
      status: contractInteraction(vendor, scenario).response.status,
      retryable: false,
    })
    expect({ attempts, sleeps: sleeps.length, tokens: tokens.issued.length }).toEqual({ attempts: 1, sleeps: 0, tokens: 1 })
  })

  it.each(MISSING)('%s "%s" reads as not-found, whatever the status', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    expect((await vendorFailure(vendor, scenario)).kind, `${vendor} "${scenario}"`).toBe('not-found')
  })
})
