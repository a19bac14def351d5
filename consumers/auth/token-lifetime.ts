import { isRecord } from '../http/error-envelope.ts'

/**
 * How long a token lives from an `expires_at` moment: epoch seconds, or epoch milliseconds when that
 * large (no vendor we know states its unit). Anything else (not a number, in the past) gives
 * undefined, so the token is cached briefly and refreshed on its first unexplained 401 instead.
 *
 * @example
 * lifetimeFromExpiresAt(Date.now() / 1000 + 3600) // about 3_600_000
 */
export function lifetimeFromExpiresAt(expiresAt: unknown, now: number = Date.now()): number | undefined {
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined
  const atMs = expiresAt > 1e12 ? expiresAt : expiresAt * 1000
  const lifetime = atMs - now
  return lifetime > 0 ? lifetime : undefined
}

/**
 * How long a token lives, from a token endpoint's answer: a positive `expires_in` (seconds, RFC 6749
 * section 5.1), else an `expires_at` moment (see {@link lifetimeFromExpiresAt}), else undefined.
 *
 * @example
 * answerLifetimeMs({ access_token: 't', expires_in: 300 }) // 300_000
 */
export function answerLifetimeMs(answer: unknown, now: number = Date.now()): number | undefined {
  if (!isRecord(answer)) return undefined
  const seconds = answer.expires_in
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return seconds * 1000
  return lifetimeFromExpiresAt(answer.expires_at, now)
}
