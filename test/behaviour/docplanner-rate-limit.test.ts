import { afterEach, describe, expect, it, vi } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractHeader } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'
import { recordedSleep, retried } from './support/retried.ts'

const server = useReplayServer()
afterEach(() => {
  vi.useRealTimers()
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
