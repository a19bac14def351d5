/**
 * How politely verification treats one vendor's target: retries for transient failures only,
 * a request rate and concurrency bound, the longest retry hint it honours, and the deadline.
 */
export interface TransportPolicy {
  /** Extra attempts after a transient failure (refused or reset connection, timeout, 429/502/503/504). */
  retries: number
  /** The first backoff; it doubles per attempt, with jitter, up to `maxBackoffMs`. */
  backoffMs: number
  maxBackoffMs: number
  /** One attempt's time limit. */
  requestTimeoutMs: number
  /** The longest `Retry-After`/`X-RateLimit-Reset` wait honoured; a longer hint makes the request unavailable. */
  maxRetryWaitMs: number
  /** Requests started per second against this vendor (Infinity: no limit). */
  ratePerSecond: number
  /** Requests in flight at once against this vendor. */
  concurrency: number
  /** No request starts, and no wait ends, after this instant (epoch ms). */
  deadlineAt: number
}

/**
 * The defaults: gentle enough for a vendor's shared sandbox, quick to give up on a dead one.
 *
 * @example
 * const policy = { ...defaultTransportPolicy(Date.now() + 60_000), ratePerSecond: 2 }
 */
export function defaultTransportPolicy(deadlineAt: number): TransportPolicy {
  return { retries: 2, backoffMs: 250, maxBackoffMs: 4_000, requestTimeoutMs: 15_000, maxRetryWaitMs: 60_000, ratePerSecond: 5, concurrency: 2, deadlineAt }
}
