import { retryHintMs } from '../../consumers/http/retry-hint.ts'
import { attempt as sendOnce, AttemptFailure, type OutgoingRequest, type RawAnswer } from './http-attempt.ts'
import { requestPacer } from './request-pacer.ts'
import { sleep as realSleep } from './sleep.ts'
import type { TransportPolicy } from './transport-policy.ts'

/** The target could not give a usable answer within the policy: the interaction is `unavailable`. */
export class TargetUnavailable extends Error {
  override name = 'TargetUnavailable' as const
  constructor(
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(reason)
  }
}

/** An answer, with how many attempts it took and what was retried on the way. */
export interface PoliteAnswer extends RawAnswer {
  attempts: number
  /** One line per retry, e.g. `attempt 1: answered 429; waited 1000 ms as its Retry-After asked`. */
  notes: string[]
}

/** Statuses that say "not now" rather than answering the request. 500 is an answer. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])
/** Methods that may be sent again after a failure mid-way (RFC 9110 section 9.2.2). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])
/** Refused connections in a row after which the target is taken for down and not tried again. */
const BREAKER_THRESHOLD = 3

/** Seams for tests: the clock, waiting, one attempt, and jitter. */
export interface PoliteClientDeps {
  now: () => number
  sleep: (ms: number) => Promise<void>
  send: (request: OutgoingRequest, timeoutMs: number) => Promise<RawAnswer>
  random: () => number
}

/**
 * Sends requests to one vendor's target under a {@link TransportPolicy}: paced, bounded in
 * concurrency, retried with backoff on transient failures only (a status the interaction expects
 * is never retried), the vendor's retry hints honoured, nothing past the deadline. When the target
 * refuses connections several times in a row, or fails in a way retries cannot mend (unknown host,
 * untrusted certificate), it is taken for down and later requests fail at once.
 *
 * @example
 * const client = politeClient(defaultTransportPolicy(Date.now() + 60_000))
 * const answer = await client.send({ method: 'GET', url, headers: {} }, { expectedStatuses: [404] })
 */
export function politeClient(policy: TransportPolicy, deps: Partial<PoliteClientDeps> = {}) {
  const { now = Date.now, sleep = realSleep, send = sendOnce, random = Math.random } = deps
  const pacer = requestPacer(policy, now, sleep)
  let refusedInARow = 0
  let down: string | undefined

  const backoff = (attempt: number) => Math.round(Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1)) * (0.5 + random() / 2))
  const waitOrGiveUp = async (ms: number, why: string, attempts: number) => {
    if (now() + ms > policy.deadlineAt) throw new TargetUnavailable(`${why}; no time left before the deadline to try again`, attempts)
    await sleep(ms)
  }

  return {
    async send(request: OutgoingRequest, options: { expectedStatuses?: readonly number[] } = {}): Promise<PoliteAnswer> {
      const notes: string[] = []
      for (let attempt = 1; ; attempt++) {
        if (down) throw new TargetUnavailable(`target unreachable (${down}); not tried again`, attempt - 1)
        const remaining = policy.deadlineAt - now()
        if (remaining <= 0) throw new TargetUnavailable('the deadline passed before the request could be sent', attempt - 1)
        let answer: RawAnswer
        try {
          answer = await pacer.run(() => send(request, Math.min(policy.requestTimeoutMs, policy.deadlineAt - now())))
        } catch (error) {
          if (!(error instanceof AttemptFailure)) throw error
          refusedInARow = error.notSent ? refusedInARow + 1 : 0
          if (!error.transient) down = error.reason
          if (refusedInARow >= BREAKER_THRESHOLD) down = `${error.reason} ${refusedInARow} times in a row`
          const retryable = error.transient && (error.notSent || IDEMPOTENT.has(request.method.toUpperCase()))
          const tried = attempt > 1 ? ` (${attempt} attempts)` : ''
          if (!retryable || attempt > policy.retries || down) throw new TargetUnavailable(`${error.reason}${tried}`, attempt)
          const wait = backoff(attempt)
          notes.push(`attempt ${attempt}: ${error.reason}; tried again after ${wait} ms`)
          await waitOrGiveUp(wait, error.reason, attempt)
          continue
        }
        refusedInARow = 0
        if (options.expectedStatuses?.includes(answer.status) || !TRANSIENT_STATUSES.has(answer.status)) return { ...answer, attempts: attempt, notes }
        const hint = retryHintMs(toHeaders(answer.headers), now())
        const answered = `answered ${answer.status}`
        if (hint !== undefined && hint > policy.maxRetryWaitMs) {
          throw new TargetUnavailable(`${answered} and asked to wait ${seconds(hint)}, longer than the ${seconds(policy.maxRetryWaitMs)} honoured`, attempt)
        }
        if (attempt > policy.retries) throw new TargetUnavailable(`${answered} ${attempt} times in a row`, attempt)
        if (hint !== undefined) {
          if (now() + hint > policy.deadlineAt) throw new TargetUnavailable(`${answered} and asked to wait ${seconds(hint)}, past the deadline`, attempt)
          // The hint concerns every request to this vendor, not only this one.
          pacer.pauseUntil(now() + hint)
          notes.push(`attempt ${attempt}: ${answered}; waited ${hint} ms as the vendor's retry hint asked`)
          continue
        }
        const wait = backoff(attempt)
        notes.push(`attempt ${attempt}: ${answered}; tried again after ${wait} ms`)
        await waitOrGiveUp(wait, answered, attempt)
      }
    },
  }
}

/** A polite client, as {@link politeClient} returns it. */
export type PoliteClient = ReturnType<typeof politeClient>

function toHeaders(raw: RawAnswer['headers']): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
