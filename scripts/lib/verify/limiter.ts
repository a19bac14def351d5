/**
 * Runs at most `limit` tasks at once; the others wait their turn, in the order they asked.
 *
 * @example
 * const slot = limiter(2)
 * await Promise.all(vendors.map((vendor) => slot(() => verify(vendor))))
 */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    running--
    waiting.shift()?.()
  }
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      release()
    }
  }
}
