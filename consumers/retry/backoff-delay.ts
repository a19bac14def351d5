/** How long to wait between attempts when the vendor gave no hint. */
export interface BackoffPolicy {
  /** The wait before the first retry; it doubles with every retry. */
  baseDelayMs: number
  /** No wait is longer than this. */
  maxDelayMs: number
}

/**
 * Exponential backoff with "equal jitter": half the doubled delay is fixed, the other half random,
 * so clients that failed together do not retry together, and no wait is close to zero.
 *
 * @example
 * backoffDelayMs(1, { baseDelayMs: 200, maxDelayMs: 10_000 }, () => 0.5) // 150 (100 fixed + 50 random)
 * backoffDelayMs(3, { baseDelayMs: 200, maxDelayMs: 10_000 }, () => 0) // 400
 * @see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function backoffDelayMs(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1))
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}
