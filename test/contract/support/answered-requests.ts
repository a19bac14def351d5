import { subscribe, unsubscribe } from 'node:diagnostics_channel'

/** The part of undici's `undici:request:headers` message this counter reads. */
interface ResponseHeadersMessage {
  request: { origin?: unknown }
}

/** A running count of responses received from one origin; stop it to read the final count. */
export interface AnsweredRequests {
  readonly count: number
  /** Stops counting and returns how many responses arrived. */
  stop(): number
}

/**
 * Counts the responses this process's `fetch` receives from one origin, through undici's
 * diagnostics channel (published when a response's headers arrive). Requests sent by other
 * HTTP libraries are not seen, so the count is a lower bound.
 *
 * @example
 * const answered = watchAnsweredRequests('http://127.0.0.1:40123')
 * await fetch('http://127.0.0.1:40123/employees/9')
 * answered.stop() // 1
 * @see https://nodejs.org/api/diagnostics_channel.html#undici
 */
export function watchAnsweredRequests(origin: string): AnsweredRequests {
  const wanted = new URL(origin).origin
  let count = 0
  let stopped = false
  const onHeaders = (message: unknown) => {
    const requestOrigin = (message as ResponseHeadersMessage).request.origin
    if (typeof requestOrigin === 'string' && requestOrigin === wanted) count += 1
  }
  subscribe('undici:request:headers', onHeaders)
  return {
    get count() {
      return count
    },
    stop() {
      if (!stopped) unsubscribe('undici:request:headers', onHeaders)
      stopped = true
      return count
    },
  }
}
