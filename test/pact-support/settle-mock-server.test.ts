import { PactV4 } from '@pact-foundation/pact'
import { getFfiLib } from '@pact-foundation/pact-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runSettled, settleMockServer, type MismatchRecord, type SettleOutcome } from '../contract/support/settle-mock-server.ts'

/** A mismatch reader that replays a scripted sequence of reports, one per read (the last repeats). */
function scripted(...reports: MismatchRecord[][]): { read: (port: number) => MismatchRecord[]; reads: () => number } {
  let reads = 0
  return { read: () => reports[Math.min(reads++, reports.length - 1)]!, reads: () => reads }
}

const missing = { type: 'missing-request' }
const notFound = { type: 'request-not-found' }
const mismatch = { type: 'request-mismatch' }

describe('settleMockServer', () => {
  it('waits until the answered request is recorded when the first read is behind', async () => {
    const reports = scripted([missing], [missing], [])
    const outcome = await settleMockServer({ port: 1, answered: 1, readMismatches: reports.read })
    expect(outcome).toMatchObject({ settled: true, waited: true })
    expect(reports.reads()).toBe(3)
  })

  it('returns after one read when the records already cover every answer', async () => {
    const reports = scripted([])
    const outcome = await settleMockServer({ port: 1, answered: 1, readMismatches: reports.read })
    expect(outcome).toMatchObject({ settled: true, waited: false })
    expect(reports.reads()).toBe(1)
  })

  it('waits for the record of an unexpected extra request before reporting', async () => {
    const reports = scripted([], [], [notFound])
    const outcome = await settleMockServer({ port: 1, answered: 2, readMismatches: reports.read })
    expect(outcome.settled).toBe(true)
    expect(reports.reads()).toBe(3)
  })

  it('counts a mismatched request as recorded', async () => {
    const outcome = await settleMockServer({ port: 1, answered: 1, readMismatches: scripted([mismatch]).read })
    expect(outcome).toMatchObject({ settled: true, waited: false })
  })

  it('gives up at the deadline without throwing, leaving the report to pact-js', async () => {
    const outcome = await settleMockServer({ port: 1, answered: 1, timeoutMs: 20, readMismatches: scripted([missing]).read })
    expect(outcome.settled).toBe(false)
    expect(outcome.waitedMs).toBeGreaterThanOrEqual(20)
  })
})

describe('runSettled against the Pact mock server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'settle-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function interaction(path: string) {
    return new PactV4({ consumer: 'settle-consumer', provider: 'settle-provider', dir, logLevel: 'error' })
      .addInteraction()
      .uponReceiving(`a request for ${path}`)
      .withRequest('GET', path)
      .willRespondWith(404, (builder) => builder.jsonBody({ error: 'not found' }))
  }

  it('leaves every answered request recorded when executeTest reads', async () => {
    const outcomes: SettleOutcome[] = []
    for (let round = 0; round < 20; round++) {
      await interaction(`/things/${round}`).executeTest((mockServer) =>
        runSettled(
          mockServer,
          async () => {
            const response = await fetch(`${mockServer.url}/things/${round}`)
            await response.text()
          },
          { onSettled: (outcome) => outcomes.push(outcome) },
        ).then(() => expect(getFfiLib().pactffiMockServerMatched(mockServer.port)).toBe(true)),
      )
    }
    expect(outcomes.every((outcome) => outcome.settled)).toBe(true)
  })

  it("reads pact-core's missing-request record for a request the client never sent, and still fails the test", async () => {
    let records: MismatchRecord[] = []
    const run = interaction('/never-sent').executeTest((mockServer) =>
      runSettled(mockServer, async () => {}, { timeoutMs: 50 }).then(() => {
        records = JSON.parse(getFfiLib().pactffiMockServerMismatches(mockServer.port)) as MismatchRecord[]
      }),
    )
    await expect(run).rejects.toBeInstanceOf(Error)
    expect(records.map((record) => record.type)).toEqual(['missing-request'])
  })

  it("reads pact-core's request-not-found record for an unexpected request, and still fails the test", async () => {
    let records: MismatchRecord[] = []
    const run = interaction('/expected').executeTest((mockServer) =>
      runSettled(
        mockServer,
        async () => {
          await (await fetch(`${mockServer.url}/expected`)).text()
          await (await fetch(`${mockServer.url}/unexpected`)).text()
        },
        { timeoutMs: 2_000 },
      ).then(() => {
        records = JSON.parse(getFfiLib().pactffiMockServerMismatches(mockServer.port)) as MismatchRecord[]
      }),
    )
    await expect(run).rejects.toBeInstanceOf(Error)
    expect(records.map((record) => record.type)).toEqual(['request-not-found'])
  })
})
