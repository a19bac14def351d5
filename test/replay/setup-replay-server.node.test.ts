import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractsFromPacts } from '../../consumers/replay/load-contracts.ts'
import { isReplayError } from '../../consumers/replay/replay-error.ts'
import { replay, type ReplayVendor, type ScenarioName } from '../../consumers/replay/replay.ts'
import { onReplayServed } from '../../consumers/replay/served-listeners.ts'
import { setupReplayServer } from '../../consumers/replay/setup-replay-server.ts'
import { syntheticPact } from '../support/replay/synthetic-pact.ts'

const contracts = contractsFromPacts([
  syntheticPact('acme', [
    { description: 'gone: the order was deleted', request: { method: 'GET', path: '/orders/1' }, response: { status: 410 } },
    { description: 'busy: the API is overloaded', request: { method: 'GET', path: '/orders/2' }, response: { status: 503 } },
  ]),
])
// The synthetic vendor is not among the committed contracts' typed names.
const acme = (scenario: string, options: { record?: boolean } = {}) =>
  replay('acme' as ReplayVendor, scenario as ScenarioName<ReplayVendor>, { contracts, ...options })
const server = setupReplayServer()

beforeAll(() => server.listen())
afterAll(() => server.close())

/** What `throwProblems()` threw after a request, or undefined. */
function thrownAfter(): unknown {
  try {
    server.throwProblems()
  } catch (error) {
    return error
  }
  return undefined
}

describe('setupReplayServer', () => {
  it('answers from the replay handlers a test adds', async () => {
    server.use(acme('gone', { record: false }))
    expect((await fetch('https://api.acme.test/orders/1')).status).toBe(410)
    expect(thrownAfter()).toBeUndefined()
    server.resetHandlers()
  })

  it('fails a request no handler answers, and throws it, naming the nearest interaction, when asked after the test', async () => {
    server.use(acme('gone', { record: false }))
    await expect(fetch('https://api.acme.test/orders/3')).rejects.toBeInstanceOf(TypeError)
    const thrown = thrownAfter()
    expect(isReplayError(thrown) && thrown.problem).toBe('unmatched')
    expect(String((thrown as Error).message)).toContain('"gone"')
    expect(thrownAfter()).toBeUndefined()
    server.resetHandlers()
  })

  it('tells the served listeners each interaction served, unless the replay records nothing', async () => {
    const served: string[] = []
    const stop = onReplayServed((interaction) => served.push(`${interaction.vendor} ${interaction.id}`))
    try {
      server.use(acme('busy', { record: false }), acme('gone'))
      await fetch('https://api.acme.test/orders/1')
      await fetch('https://api.acme.test/orders/2')
    } finally {
      stop()
      server.resetHandlers()
    }
    expect(served).toEqual(['acme gone'])
  })
})
