import { getFfiLib } from '@pact-foundation/pact-core'
import { watchAnsweredRequests } from './answered-requests.ts'

/** One entry of the mock server's mismatch report (`pactffi_mock_server_mismatches`). */
export interface MismatchRecord {
  type: string
}

/** What {@link settleMockServer} needs to know, and how it reads the mock server. */
export interface SettleOptions {
  port: number
  /** Responses the client received from the mock server. */
  answered: number
  /** Interactions the mock server serves, each expecting one request (default 1). */
  interactions?: number
  /** How long to wait for the records at most (default 2,000 ms); then the report is read as it is. */
  timeoutMs?: number
  /** Reads the mock server's mismatch report; defaults to pact-core's FFI. */
  readMismatches?: (port: number) => MismatchRecord[]
}

/** How long settling took. */
export interface SettleOutcome {
  /** Whether the records accounted for every answered request before the deadline. */
  settled: boolean
  /** Whether the first read was behind (the race this module exists for). */
  waited: boolean
  waitedMs: number
}

/**
 * Waits until the Pact mock server's match records account for every request it answered.
 *
 * The mock server answers a request first and records the match later: its request handler
 * puts the match result on a channel that a separate task drains into the list
 * `mockServerMismatches` and `mockServerMatchedSuccessfully` read. Under CPU load that task can
 * run after the client already has its response, and pact-js's `executeTest` then reports
 * "expected request not received". Waiting here, before `executeTest` reads, closes that gap.
 * It never retries anything: if the records still disagree at the deadline, `executeTest`
 * reports exactly what the mock server recorded.
 *
 * The records are a lower bound of the requests recorded: every interaction no longer
 * "missing" has at least one, and every "request-not-found" is one.
 *
 * @example
 * await settleMockServer({ port: mockServer.port, answered: 1 }) // { settled: true, waited: false, waitedMs: 0.01 }
 * @see ./STEADINESS.md
 */
export async function settleMockServer(options: SettleOptions): Promise<SettleOutcome> {
  const { port, answered, interactions = 1, timeoutMs = 2_000, readMismatches = ffiMismatches } = options
  const started = performance.now()
  let waited = false
  for (;;) {
    if (recordsCover(readMismatches(port), interactions, answered)) return { settled: true, waited, waitedMs: performance.now() - started }
    if (performance.now() - started >= timeoutMs) return { settled: false, waited: true, waitedMs: performance.now() - started }
    waited = true
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/** Options for {@link runSettled}. */
export interface RunSettledOptions {
  /** See {@link SettleOptions.timeoutMs}. */
  timeoutMs?: number
  /** Called with how settling went (the steadiness benchmark counts the lags). */
  onSettled?: (outcome: SettleOutcome) => void
}

/**
 * Runs a Pact test body against the mock server, then waits for the mock server's records
 * ({@link settleMockServer}) whether the body passed or threw, so `executeTest` reads a
 * complete report either way.
 *
 * @example
 * await interaction.executeTest((mockServer) => runSettled(mockServer, () => client.getEmployee('9')))
 */
export async function runSettled<T>(mockServer: { port: number; url: string }, body: () => Promise<T>, options: RunSettledOptions = {}): Promise<T> {
  const answers = watchAnsweredRequests(mockServer.url)
  try {
    return await body()
  } finally {
    const outcome = await settleMockServer({ port: mockServer.port, answered: answers.stop(), timeoutMs: options.timeoutMs })
    options.onSettled?.(outcome)
  }
}

function recordsCover(records: readonly MismatchRecord[], interactions: number, answered: number): boolean {
  const missing = records.filter((record) => record.type === 'missing-request').length
  if (missing > 0) return false
  const mismatched = records.filter((record) => record.type === 'request-mismatch').length
  const notFound = records.filter((record) => record.type === 'request-not-found').length
  return Math.max(interactions, mismatched) + notFound >= answered
}

function ffiMismatches(port: number): MismatchRecord[] {
  return JSON.parse(getFfiLib().pactffiMockServerMismatches(port)) as MismatchRecord[]
}
