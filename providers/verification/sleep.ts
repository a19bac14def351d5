/**
 * Waits `ms` milliseconds (at once when `ms` is zero or less).
 *
 * @example
 * await sleep(250)
 */
export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}
