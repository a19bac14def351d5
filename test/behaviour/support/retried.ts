import type { RetryOptions } from '../../../consumers/retry/with-retry.ts'
import { withRetry } from '../../../consumers/retry/with-retry.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { provoke, rejection } from './provoke.ts'

/**
 * Provokes a scenario through withRetry and returns what finally surfaced and how many attempts it took.
 *
 * @example
 * const { attempts } = await retried(vendor, 'service-unavailable', { idempotent: false, sleep: async () => {} })
 */
export async function retried(vendor: VendorId, scenario: string, options: RetryOptions): Promise<{ error: unknown; attempts: number }> {
  let attempts = 0
  const error = await rejection(
    withRetry(() => {
      attempts++
      return provoke(vendor, scenario)
    }, options),
  )
  return { error, attempts }
}

/**
 * A sleep that records the waits instead of waiting.
 *
 * @example
 * const { delays, sleep } = recordedSleep()
 */
export function recordedSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = []
  return { delays, sleep: async (ms: number) => void delays.push(ms) }
}
