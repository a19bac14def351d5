import { getFfiLib, makeConsumerPact } from '@pact-foundation/pact-core'

/** What {@link probeMatchRace} saw. */
export interface RaceProbeResult {
  requests: number
  /** Reads, right after the client had the whole response, that still saw the request as not received. */
  behind: number
  /** How long each of those took to catch up, in ms. */
  lagsMs: number[]
}

/** pact-core's numeric id of the V4 specification. */
const SPECIFICATION_V4 = 5

/**
 * Shows the Pact mock server's bookkeeping race without pact-js or our code around it: for
 * each request it starts a mock server with one interaction, fetches it, reads the whole body
 * and then asks at once whether the mock server recorded the match (what pact-js's
 * `executeTest` does), and if not, how long the record took to appear.
 *
 * @example
 * await probeMatchRace(300) // { requests: 300, behind: 7, lagsMs: [1.7, …] } on one busy core
 * @see ../../../test/contract/support/STEADINESS.md
 */
export async function probeMatchRace(requests: number): Promise<RaceProbeResult> {
  const ffi = getFfiLib('error')
  const lagsMs: number[] = []
  for (let index = 0; index < requests; index++) {
    const pact = makeConsumerPact('race-probe-consumer', 'race-probe-provider', SPECIFICATION_V4, 'error')
    const interaction = pact.newInteraction(`probe ${index}`)
    interaction.uponReceiving(`probe ${index}`)
    interaction.withRequest('GET', `/probe/${index}`)
    interaction.withStatus(404)
    interaction.withResponseBody(JSON.stringify({ error: 'not found' }), 'application/json')
    const port = pact.pactffiCreateMockServerForTransport('127.0.0.1', 'http', JSON.stringify({ corsPreflight: true }), 0)
    if (port <= 0) throw new Error(`probeMatchRace: the mock server did not start (code ${port})`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/probe/${index}`)
      await response.text()
      if (!ffi.pactffiMockServerMatched(port)) {
        const started = performance.now()
        while (!ffi.pactffiMockServerMatched(port)) {
          if (performance.now() - started > 5_000) throw new Error(`probeMatchRace: request ${index} was never recorded`)
          await new Promise((resolve) => setTimeout(resolve, 0))
        }
        lagsMs.push(performance.now() - started)
      }
    } finally {
      pact.cleanupMockServer(port)
    }
  }
  return { requests, behind: lagsMs.length, lagsMs }
}
