import { performance } from 'node:perf_hooks'
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { contractsFromPacts } from '../../../consumers/replay/load-contracts.ts'
import { createReplayHandler } from '../../../consumers/replay/replay-handler.ts'
import { syntheticErrorBody, syntheticErrors, syntheticPact } from '../../../test/support/replay/synthetic-pact.ts'

const ORIGIN = 'https://bench.invalid'
/** Requests per alternating chunk: short enough that load swings hit both sides alike. */
const FETCH_CHUNK = 10
const HANDLER_CHUNK = 50
const VENDOR = 'bench-vendor'

/** The figures of one run at one size, in microseconds per request. */
export interface ReplayRun {
  interactions: number
  /** Building the index of all interactions (once per replay), in milliseconds. */
  indexMs: number
  /** `fetch` through `setupServer`, answered by the replay's one catch-all handler. */
  replayFetchUs: number
  /** The same `fetch`, answered by one hand-written `http.get` handler with the same response. */
  handwrittenFetchUs: number
  /** The handlers alone (`getResponse`, no interception), replay and hand-written. */
  replayHandlerUs: number
  handwrittenHandlerUs: number
  /** One hand-written handler per interaction, the request answered by the last: what the index avoids (small sizes only). */
  perInteractionFetchUs: number | undefined
}

/** How much to measure per run. */
export interface ReplayTimingOptions {
  /** Requests per timed batch through `fetch` (default 300). */
  fetchRequests?: number
  /** Requests per timed batch straight through the handlers (default 3,000). */
  handlerRequests?: number
  /** The largest size for which one handler per interaction is also timed (default 1,000). */
  perInteractionUpTo?: number
}

/**
 * Times one run at one size: the replay of `interactions` synthetic 404 interactions against a
 * single hand-written MSW handler answering the same request with the same response. The request
 * is the last interaction's, the worst case for anything that scans. After a warm-up the two sides
 * alternate in chunks of a few requests, and each side's figure is the median over its chunks, so
 * drift and spikes in machine load hit both alike.
 *
 * @example
 * const run = await timeReplayRun(1000) // { replayFetchUs: 212.4, handwrittenFetchUs: 205.9, … }
 */
export async function timeReplayRun(interactions: number, options: ReplayTimingOptions = {}): Promise<ReplayRun> {
  const fetchRequests = options.fetchRequests ?? 300
  const handlerRequests = options.handlerRequests ?? 3_000
  const last = interactions - 1
  const url = `${ORIGIN}/items/${last}`
  const init = { headers: { Authorization: 'Bearer bench-token' } }

  const indexStart = performance.now()
  const contracts = contractsFromPacts([syntheticPact(VENDOR, syntheticErrors(interactions))]).get(VENDOR)!
  const replayHandler = createReplayHandler(contracts, undefined, { record: false })
  const indexMs = performance.now() - indexStart
  const handwritten = http.get(url, () => HttpResponse.json(syntheticErrorBody(last), { status: 404 }))

  const server = setupServer()
  server.listen({ onUnhandledRequest: 'error' })
  try {
    const sendFetch = async () => {
      const response = await fetch(url, init)
      if (response.status !== 404) throw new Error(`bench: expected 404, got ${response.status}`)
      await response.arrayBuffer()
    }
    const viaFetch = async (handlers: RequestHandler[], count: number) => {
      server.resetHandlers(...handlers)
      return perRequestUs(count, sendFetch)
    }
    const direct = (handler: RequestHandler) => async () => {
      const response = await getResponse([handler], new Request(url, init))
      if (response?.status !== 404) throw new Error('bench: the handler did not answer 404')
      await response.arrayBuffer()
    }

    // Warm-up, then short alternating chunks: a swing in machine load lands on both sides alike.
    await viaFetch([replayHandler], 50)
    await viaFetch([handwritten], 50)
    const [replayFetchUs, handwrittenFetchUs] = await alternate(fetchRequests, FETCH_CHUNK, [
      (count) => viaFetch([replayHandler], count),
      (count) => viaFetch([handwritten], count),
    ])
    const [replayHandlerUs, handwrittenHandlerUs] = await alternate(handlerRequests, HANDLER_CHUNK, [
      (count) => perRequestUs(count, direct(replayHandler)),
      (count) => perRequestUs(count, direct(handwritten)),
    ])

    let perInteractionFetchUs: number | undefined
    if (interactions <= (options.perInteractionUpTo ?? 1_000)) {
      // MSW tries handlers in order; the request matches only the last one.
      const oneEach = Array.from({ length: interactions }, (_, index) =>
        http.get(`${ORIGIN}/items/${index}`, () => HttpResponse.json(syntheticErrorBody(index), { status: 404 })),
      )
      // Few requests: at 1,000 handlers each one costs milliseconds.
      perInteractionFetchUs = await viaFetch(oneEach, Math.min(fetchRequests, 30))
    }
    return {
      interactions,
      indexMs,
      replayFetchUs,
      handwrittenFetchUs,
      replayHandlerUs,
      handwrittenHandlerUs,
      perInteractionFetchUs,
    }
  } finally {
    server.close()
  }
}

/**
 * Times each side in turn, `chunk` requests at a time, until each has sent `total`; returns each
 * side's median per-request time over its chunks (a chunk hit by a load spike does not count).
 */
async function alternate(total: number, chunk: number, sides: [Side, Side]): Promise<[number, number]> {
  const first: number[] = []
  const second: number[] = []
  for (let sent = 0; sent < total; sent += chunk) {
    first.push(await sides[0](chunk))
    second.push(await sides[1](chunk))
  }
  return [median(first), median(second)]
}

type Side = (count: number) => Promise<number>

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function perRequestUs(count: number, send: () => Promise<void>): Promise<number> {
  const start = performance.now()
  for (let index = 0; index < count; index++) await send()
  return ((performance.now() - start) * 1000) / count
}
