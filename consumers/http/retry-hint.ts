/**
 * Reads how long a vendor asks us to wait, from `Retry-After` (seconds or an HTTP date)
 * or from a reset time such as Docplanner's `X-RateLimit-Reset` (ISO 8601).
 *
 * Returns undefined when the vendor gave no usable hint; never a negative or infinite delay.
 *
 * @example
 * retryHintMs(headers, Date.now()) // 30000 for `Retry-After: 30`
 */
export function retryHintMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter)
    // `1e308` seconds is a finite number but not a finite wait: no usable hint.
    if (Number.isFinite(seconds)) return Number.isFinite(seconds * 1000) ? Math.max(0, Math.round(seconds * 1000)) : undefined
    const at = Date.parse(retryAfter)
    if (Number.isFinite(at)) return Math.max(0, at - now)
  }
  const reset = headers.get('x-ratelimit-reset')
  if (reset !== null && reset.trim() !== '') {
    const at = /^\d+$/.test(reset.trim()) ? Number(reset) * 1000 : Date.parse(reset)
    if (Number.isFinite(at)) return Math.max(0, at - now)
  }
  return undefined
}
