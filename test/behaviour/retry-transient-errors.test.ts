import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry, type RetryOptions } from '../../consumers/retry/with-retry.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { replay } from '../support/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractHeader } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { scenarioCases } from './support/scenario-cases.ts'
import { VENDOR_HOSTS } from './support/vendor-clients.ts'

const server = useReplayServer()
afterEach(() => {
  vi.useRealTimers()
})

/** 5xx answers, 429s without a hint, and USTA's failing backend token: worth another try later. */
const TRANSIENT = scenarioCases<VendorId>({
  plansource: ['internal-error'],
  docplanner: ['internal-server-error', 'bad-gateway', 'service-unavailable', 'gateway-timeout'],
  aplos: ['internal-server-error', 'service-error'],
  plusauth: ['server-error', 'too-many-requests'],
  usta: ['internal-server-error', 'unexpected-system-error', 'backend-system-token-is-invalid'],
})

/** 5xx answers to writes, after which the write may have gone through: not to be repeated. */
const WRITE_MAY_HAVE_HAPPENED = scenarioCases<VendorId>({
  usta: ['entity-saving-error', 'mail-trigger-error'],
})

/** Provokes a scenario through withRetry and returns what finally surfaced and how many attempts it took. */
async function retried(vendor: VendorId, scenario: string, options: RetryOptions): Promise<{ error: unknown; attempts: number }> {
  let attempts = 0
  const error = await rejection(
    withRetry(() => {
      attempts++
      return provoke(vendor, scenario)
    }, options),
  )
  return { error, attempts }
}

/** Records the waits instead of waiting. */
function recordedSleep() {
  const delays: number[] = []
  return { delays, sleep: async (ms: number) => void delays.push(ms) }
}

describe('retry on transient vendor errors', () => {
  it.each(TRANSIENT)('%s "%s" is tried three times with doubling backoff, then surfaces', async (vendor, scenario) => {
    server.use(replay(vendor, scenario))
    const { delays, sleep } = recordedSleep()
    const { error, attempts } = await retried(vendor, scenario, { maxAttempts: 3, baseDelayMs: 200, random: () => 0, sleep })
    expect(isVendorError(error) && { retryable: error.retryable, vendor: error.vendor }).toEqual({ retryable: true, vendor })
    expect(attempts).toBe(3)
    expect(delays).toEqual([100, 200])
  })

  it.each([
    ['plansource', 'internal-error'],
    ['docplanner', 'service-unavailable'],
    ['aplos', 'service-error'],
    ['plusauth', 'too-many-requests'],
    ['usta', 'internal-server-error'],
  ] as const)('%s "%s" succeeds on the retry once the vendor recovers', async (vendor, scenario) => {
    server.use(http.all(`${VENDOR_HOSTS[vendor]}/*`, () => HttpResponse.json({ recovered: true })))
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

  it('with idempotent: false a 503 is still repeated, since nothing was done', async () => {
    server.use(replay('docplanner', 'service-unavailable'))
    const { attempts } = await retried('docplanner', 'service-unavailable', { idempotent: false, sleep: async () => {} })
    expect(attempts).toBe(3)
  })
})

describe("retry honours Docplanner's X-RateLimit-Reset", () => {
  const reset = Date.parse(contractHeader('docplanner', 'too-many-requests', 'X-RateLimit-Reset'))

  it('waits until the quota resets instead of backing off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(reset - 30_000)
    server.use(replay('docplanner', 'too-many-requests'))
    const retries: Array<{ delayMs: number; hinted: boolean }> = []
    const { sleep } = recordedSleep()
    const error = await rejection(
      withRetry(() => provoke('docplanner', 'too-many-requests'), {
        maxAttempts: 2,
        sleep,
        onRetry: ({ delayMs, hinted }) => retries.push({ delayMs, hinted }),
      }),
    )
    expect(isVendorError(error) && error.kind).toBe('rate-limited')
    expect(retries).toEqual([{ delayMs: 30_000, hinted: true }])
  })

  it('gives up at once when the quota resets later than the caller will wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(reset - 2 * 3_600_000)
    server.use(replay('docplanner', 'too-many-requests'))
    const { delays, sleep } = recordedSleep()
    const { error, attempts } = await retried('docplanner', 'too-many-requests', { maxHintMs: 60_000, sleep })
    expect(isVendorError(error) && error.retryAfterMs).toBe(2 * 3_600_000)
    expect([attempts, delays.length]).toEqual([1, 0])
  })
})
