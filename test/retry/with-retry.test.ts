import { describe, expect, it } from 'vitest'
import { VendorError, type VendorErrorInit } from '../../consumers/errors/vendor-error.ts'
import { backoffDelayMs } from '../../consumers/retry/backoff-delay.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'

const vendorError = (init: Partial<VendorErrorInit>) =>
  new VendorError({
    vendor: 'acme',
    status: 503,
    code: null,
    vendorMessage: null,
    kind: 'server',
    rawBody: '',
    request: { method: 'GET', url: 'https://acme.test/x' },
    ...init,
  })

describe('backoff', () => {
  it('doubles from the base delay and stops at the cap, half of it jitter', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1_000 }
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, policy, () => 0))).toEqual([50, 100, 200, 400, 500, 500])
    expect([1, 2, 3].map((retry) => backoffDelayMs(retry, policy, () => 0.999999))).toEqual([100, 200, 400])
  })
})

describe('withRetry', () => {
  it('returns the first success', async () => {
    let attempts = 0
    await expect(withRetry(async () => (++attempts < 2 ? Promise.reject(vendorError({})) : 'ok'), { sleep: async () => {} })).resolves.toBe('ok')
    expect(attempts).toBe(2)
  })

  it('throws anything that is not a retryable vendor error at once', async () => {
    let attempts = 0
    const boom = new Error('not a vendor error')
    await expect(
      withRetry(
        async () => {
          attempts++
          throw boom
        },
        { sleep: async () => {} },
      ),
    ).rejects.toBe(boom)
    expect(attempts).toBe(1)
  })

  it('prefers the vendor hint to backoff, and a custom test to the default', async () => {
    const delays: number[] = []
    const error = vendorError({ kind: 'rate-limited', status: 429, retryAfterMs: 1_500 })
    await expect(withRetry(async () => Promise.reject(error), { maxAttempts: 2, sleep: async (ms) => void delays.push(ms) })).rejects.toBe(error)
    expect(delays).toEqual([1_500])
    let attempts = 0
    const validation = vendorError({ kind: 'validation', status: 400 })
    await expect(
      withRetry(
        async () => {
          attempts++
          throw validation
        },
        { maxAttempts: 4, shouldRetry: () => true, sleep: async () => {} },
      ),
    ).rejects.toBe(validation)
    expect(attempts).toBe(4)
  })
})
