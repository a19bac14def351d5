import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StateChanges } from '../../providers/verification/state-adapter.ts'
import { startStateChangeServer } from '../../providers/verification/state-change-server.ts'

const calls: string[] = []
let current: StateChanges | undefined = {
  'a token has expired': {
    setup: async (params) => {
      calls.push(`setup ${JSON.stringify(params)}`)
      return { expiredToken: 'expired-1' }
    },
    teardown: async () => {
      calls.push('teardown')
    },
  },
}
let server: Awaited<ReturnType<typeof startStateChangeServer>>
beforeAll(async () => {
  server = await startStateChangeServer(() => current)
})
afterAll(() => server.close())

const post = async (body: string) => {
  const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  return { status: answer.status, body: (await answer.json()) as unknown }
}

describe('the state-change endpoint the Pact verifier calls', () => {
  it('sets up the named state with its params and answers the values it returns', async () => {
    calls.length = 0
    const answer = await post(JSON.stringify({ state: 'a token has expired', params: { uaid: 7 }, action: 'setup' }))
    expect(answer).toEqual({ status: 200, body: { expiredToken: 'expired-1' } })
    expect(calls).toEqual(['setup {"uaid":7}'])
  })

  it('tears the state down when asked', async () => {
    calls.length = 0
    expect(await post(JSON.stringify({ state: 'a token has expired', action: 'teardown' }))).toEqual({ status: 200, body: {} })
    expect(calls).toEqual(['teardown'])
  })

  it('answers {} for a state the interaction has no change for, even one named like an object property', async () => {
    calls.length = 0
    for (const state of ['no such state', 'constructor', '__proto__'])
      expect(await post(JSON.stringify({ state, action: 'setup' }))).toEqual({ status: 200, body: {} })
    expect(calls).toEqual([])
  })

  it('answers {} between interactions, when no interaction is current', async () => {
    const saved = current
    current = undefined
    try {
      expect(await post(JSON.stringify({ state: 'a token has expired', action: 'setup' }))).toEqual({ status: 200, body: {} })
    } finally {
      current = saved
    }
  })

  it('names the problem with a 400 when the body is not a JSON object', async () => {
    for (const body of ['not json', 'null', '[1]']) {
      const answer = await post(body)
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({ error: 'a state change must be a JSON object with "state" and "action"' })
    }
  })
})
