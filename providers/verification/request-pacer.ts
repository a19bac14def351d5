import { sleep as realSleep } from './sleep.ts'

/**
 * Paces requests to one vendor: at most `ratePerSecond` starts per second, at most `concurrency`
 * in flight, and nobody starts while the vendor has asked everyone to wait (a 429 hint).
 *
 * @example
 * const pacer = requestPacer({ ratePerSecond: 5, concurrency: 2 })
 * const answer = await pacer.run(() => send(request))
 */
export function requestPacer(
  limits: { ratePerSecond: number; concurrency: number },
  now: () => number = Date.now,
  sleep: (ms: number) => Promise<void> = realSleep,
) {
  const interval = Number.isFinite(limits.ratePerSecond) && limits.ratePerSecond > 0 ? 1000 / limits.ratePerSecond : 0
  let nextStart = 0
  let pausedUntil = 0
  let inFlight = 0
  const waiting: (() => void)[] = []

  const acquire = async () => {
    if (inFlight >= Math.max(1, limits.concurrency)) await new Promise<void>((resolve) => waiting.push(resolve))
    else inFlight += 1
    const start = Math.max(now(), nextStart, pausedUntil)
    nextStart = start + interval
    await sleep(start - now())
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else inFlight -= 1
  }
  return {
    /** Runs `task` once pacing allows, counting it as in flight until it settles. */
    async run<T>(task: () => Promise<T>): Promise<T> {
      await acquire()
      try {
        return await task()
      } finally {
        release()
      }
    },
    /** Holds every new start until `until` (epoch ms): the vendor's retry hint applies to all our requests. */
    pauseUntil(until: number): void {
      pausedUntil = Math.max(pausedUntil, until)
    },
  }
}

/** A request pacer, as {@link requestPacer} returns it. */
export type RequestPacer = ReturnType<typeof requestPacer>
