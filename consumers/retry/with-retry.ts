import { isVendorError } from '../errors/vendor-error.ts'
import { backoffDelayMs } from './backoff-delay.ts'

/** How {@link withRetry} retries; every field has a default. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number | undefined
  /** The backoff before the first retry, doubled each retry (default 200 ms). */
  baseDelayMs?: number | undefined
  /** The longest backoff (default 10 s). */
  maxDelayMs?: number | undefined
  /**
   * The longest wait a vendor may ask for (`Retry-After`, `X-RateLimit-Reset`) that is honoured
   * (default 60 s); a longer one ends the retries at once, since no caller waits an hour inline.
   */
  maxHintMs?: number | undefined
  /**
   * Whether repeating the operation is harmless (default true). A write that is not (create, book,
   * change a password) is retried only on answers that say it was not carried out: 429 and 503.
   */
  idempotent?: boolean | undefined
  /** Which failures are worth another attempt (default {@link isTransient}, or {@link isRefusedUnprocessed} for writes). */
  shouldRetry?: ((error: unknown) => boolean) | undefined
  /** Waits; tests pass a fake that records the delays (default: a timer). */
  sleep?: ((ms: number) => Promise<void>) | undefined
  /** The jitter source, a number in [0, 1) (default `Math.random`). */
  random?: (() => number) | undefined
  /** Told before each wait, e.g. to log it. */
  onRetry?: ((retry: RetryEvent) => void) | undefined
}

/** One retry about to happen. */
export interface RetryEvent {
  /** The attempt that just failed, from 1. */
  attempt: number
  error: unknown
  delayMs: number
  /** Whether the delay is the vendor's own hint rather than backoff. */
  hinted: boolean
}

const DEFAULTS = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 10_000, maxHintMs: 60_000 }

/**
 * Runs an operation, and again after a wait when it fails with a transient error (5xx, 429,
 * network), at most `maxAttempts` times. The wait is the vendor's hint when it gave one
 * (`VendorError.retryAfterMs`, from `Retry-After` or `X-RateLimit-Reset`), else exponential backoff
 * with jitter. Validation, auth, not-found and conflict errors are thrown at once; after the last
 * attempt the last error is thrown unchanged.
 *
 * A write that is not safe to repeat passes `idempotent: false`: a 500 or 502 may come back after
 * the write went through (USTA's "mail trigger error" answers 500 once the password has changed).
 *
 * @example
 * const facilities = await withRetry(() => docplanner.listFacilities(), { maxAttempts: 4 })
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts)
  const policy = { baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs, maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs }
  const maxHintMs = options.maxHintMs ?? DEFAULTS.maxHintMs
  const shouldRetry = options.shouldRetry ?? (options.idempotent === false ? isRefusedUnprocessed : isTransient)
  const sleep = options.sleep ?? wait
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (attempt >= maxAttempts || !shouldRetry(error)) throw error
      const hint = isVendorError(error) ? error.retryAfterMs : undefined
      if (hint !== undefined && hint > maxHintMs) throw error
      const delayMs = hint ?? backoffDelayMs(attempt, policy, options.random)
      options.onRetry?.({ attempt, error, delayMs, hinted: hint !== undefined })
      await sleep(delayMs)
    }
  }
}

/**
 * The default retry test: a vendor error whose kind can pass with time (server, rate-limited, network).
 *
 * @example
 * isTransient(new VendorError({ kind: 'server', … })) // true
 */
export function isTransient(error: unknown): boolean {
  return isVendorError(error) && error.retryable
}

/**
 * The retry test for writes: only answers that say the request was refused before any work was
 * done, a 429 (rate limited) or a 503 (service unavailable), so a repeat cannot apply it twice.
 *
 * @example
 * await withRetry(() => usta.changePassword(args), { idempotent: false }) // retried on 429/503 only
 */
export function isRefusedUnprocessed(error: unknown): boolean {
  return isVendorError(error) && (error.kind === 'rate-limited' || error.status === 503)
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
