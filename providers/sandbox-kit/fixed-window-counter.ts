/** What counting one more request in the window found. */
export interface WindowCount {
  allowed: boolean
  limit: number
  used: number
  remaining: number
  /** When the current window ends (epoch ms). */
  resetAt: number
}

/**
 * Counts requests per key in fixed windows (e.g. per client per hour), the way most vendor rate
 * limits are described.
 *
 * @example
 * const perHour = fixedWindowCounter(3_600_000)
 * perHour.take('client-1', 1000).allowed // true until the 1001st request of the hour
 */
export function fixedWindowCounter(windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; used: number }>()
  const current = (key: string) => {
    const start = Math.floor(now() / windowMs) * windowMs
    let window = windows.get(key)
    if (!window || window.start !== start) {
      window = { start, used: 0 }
      windows.set(key, window)
    }
    return window
  }
  const describe = (window: { start: number; used: number }, limit: number, allowed: boolean): WindowCount => ({
    allowed,
    limit,
    used: window.used,
    remaining: Math.max(0, limit - window.used),
    resetAt: window.start + windowMs,
  })
  return {
    /** Counts one request for `key`; refused (and not counted) once `limit` requests were used. */
    take(key: string, limit: number): WindowCount {
      const window = current(key)
      if (window.used >= limit) return describe(window, limit, false)
      window.used += 1
      return describe(window, limit, true)
    },
    /** The count for `key` without taking a request. */
    peek(key: string, limit: number): WindowCount {
      const window = current(key)
      return describe(window, limit, window.used < limit)
    },
  }
}
