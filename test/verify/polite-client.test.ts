import { describe, expect, it } from 'vitest'
import { AttemptFailure, type RawAnswer } from '../../providers/verification/http-attempt.ts'
import { politeClient, TargetUnavailable } from '../../providers/verification/polite-client.ts'
import { defaultTransportPolicy, type TransportPolicy } from '../../providers/verification/transport-policy.ts'

/** A polite client on a fake clock whose attempts follow a script; it records each attempt's start time. */
function scripted(script: (RawAnswer | AttemptFailure)[], policy: Partial<TransportPolicy> = {}) {
  let clock = 0
  const starts: number[] = []
  const client = politeClient(
    { ...defaultTransportPolicy(60_000), ratePerSecond: Infinity, ...policy },
    {
      now: () => clock,
      sleep: async (ms) => void (clock += Math.max(0, ms)),
      random: () => 1,
      send: async () => {
        starts.push(clock)
        const next = script.shift()
        if (!next) throw new Error('the script ran out')
        if (next instanceof AttemptFailure) throw next
        return next
      },
    },
  )
  return { client, starts }
}

const answer = (status: number, headers: Record<string, string> = {}): RawAnswer => ({ status, headers, body: Buffer.from('{}') })
const get = { method: 'GET', url: 'http://127.0.0.1:1/x', headers: {} }
const post = { ...get, method: 'POST' }

describe('politeClient', () => {
  it('retries a 503 with doubling backoff and answers the recovered response', async () => {
    const { client, starts } = scripted([answer(503), answer(503), answer(404)])
    const result = await client.send(get, { expectedStatuses: [404] })
    expect(result.status).toBe(404)
    expect(result.attempts).toBe(3)
    expect(starts).toEqual([0, 250, 750])
  })

  it('never retries a status the interaction expects', async () => {
    const { client, starts } = scripted([answer(503)])
    expect((await client.send(get, { expectedStatuses: [503] })).status).toBe(503)
    expect(starts).toHaveLength(1)
  })

  it('does not retry a 500, which is an answer', async () => {
    const { client } = scripted([answer(500)])
    expect((await client.send(get)).status).toBe(500)
  })

  it('waits exactly as long as Retry-After asks before trying again', async () => {
    const { client, starts } = scripted([answer(429, { 'retry-after': '7' }), answer(404)])
    await client.send(get, { expectedStatuses: [404] })
    expect(starts).toEqual([0, 7_000])
  })

  it('gives up when the retry hint is longer than it honours', async () => {
    const { client, starts } = scripted([answer(429, { 'retry-after': '120' })], { maxRetryWaitMs: 60_000 })
    await expect(client.send(get)).rejects.toThrow(TargetUnavailable)
    expect(starts).toHaveLength(1)
  })

  it('gives up when waiting would pass the deadline', async () => {
    const { client } = scripted([answer(503, { 'retry-after': '30' })], { deadlineAt: 10_000 })
    await expect(client.send(get)).rejects.toMatchObject({ name: 'TargetUnavailable', reason: expect.stringContaining('past the deadline') })
  })

  it('stops after the configured retries', async () => {
    const { client, starts } = scripted([answer(502), answer(502)], { retries: 1 })
    await expect(client.send(get)).rejects.toMatchObject({ reason: 'answered 502 2 times in a row', attempts: 2 })
    expect(starts).toHaveLength(2)
  })

  it('retries a POST only when the request cannot have reached the vendor', async () => {
    const refused = scripted([new AttemptFailure('connection refused', true), answer(201)])
    expect((await refused.client.send(post)).status).toBe(201)
    const reset = scripted([new AttemptFailure('connection reset while reading the answer', false)])
    await expect(reset.client.send(post)).rejects.toMatchObject({ reason: 'connection reset while reading the answer', attempts: 1 })
  })

  it('takes a target that refuses three connections in a row for down and fails at once afterwards', async () => {
    const refusal = () => new AttemptFailure('connection refused', true)
    const { client, starts } = scripted([refusal(), refusal(), refusal()], { retries: 5 })
    await expect(client.send(get)).rejects.toMatchObject({ reason: 'connection refused (3 attempts)' })
    await expect(client.send(get)).rejects.toMatchObject({ reason: expect.stringContaining('target unreachable') })
    expect(starts).toHaveLength(3)
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0
    let most = 0
    const client = politeClient(
      { ...defaultTransportPolicy(Date.now() + 10_000), ratePerSecond: Infinity, concurrency: 2 },
      {
        send: async () => {
          most = Math.max(most, ++inFlight)
          await new Promise((resolve) => setTimeout(resolve, 5))
          inFlight -= 1
          return answer(200)
        },
      },
    )
    await Promise.all(Array.from({ length: 6 }, () => client.send(get)))
    expect(most).toBe(2)
  })

  it('spaces request starts by the rate limit', async () => {
    const { client, starts } = scripted([answer(200), answer(200), answer(200)], { ratePerSecond: 4 })
    for (let n = 0; n < 3; n++) await client.send(get)
    expect(starts).toEqual([0, 250, 500])
  })
})
