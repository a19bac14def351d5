import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { contractsFromPacts } from '../../consumers/replay/load-contracts.ts'
import { pickScenarios, vendorContracts } from '../../consumers/replay/pick-scenarios.ts'
import { createReplayHandler, type ReplayOptions } from '../../consumers/replay/replay-handler.ts'
import { isReplayError } from '../../consumers/replay/replay-error.ts'
import { problemOf } from './support/problem-of.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { takeReplayProblems } from '../../consumers/replay/replay-problems.ts'
import { failUnmatched } from '../../consumers/replay/setup-replay-server.ts'
import { syntheticPact, type RawInteraction } from '../support/replay/synthetic-pact.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false })
const regexRule = (regex: string) => ({ combine: 'AND', matchers: [{ match: 'regex', regex }] })
const bearer = { headers: { Authorization: ['Bearer t'] }, matchingRules: { header: { Authorization: regexRule('^Bearer \\S+$') } } }

const INTERACTIONS: RawInteraction[] = [
  {
    description: 'user-not-found: no user has the id',
    providerStates: [{ name: 'no user exists with id {id}', params: { id: '9' } }],
    request: { method: 'GET', path: '/users/9', ...bearer },
    response: {
      status: 404,
      headers: { 'Content-Type': ['application/json'] },
      body: json({ error: 'not_found', id: '9' }),
      generators: { body: { '$.id': { type: 'ProviderState', expression: '${id}' } } },
    },
  },
  {
    description: 'token-expired: the token has expired',
    providerStates: [{ name: 'the access token has expired' }],
    request: { method: 'GET', path: '/users/1', ...bearer },
    response: { status: 401, headers: { 'Content-Type': ['application/json'] }, body: json({ error: 'expired' }) },
  },
  {
    description: 'server-error: the API fails',
    providerStates: [{ name: 'the API is failing' }],
    request: { method: 'GET', path: '/users/1', ...bearer },
    response: { status: 500, headers: { 'Content-Type': ['application/json'] }, body: json({ error: 'boom' }) },
  },
  {
    description: 'rate-limited: too many requests',
    request: {
      method: 'GET',
      path: '/orders/17',
      matchingRules: { path: regexRule('^/orders/\\d+$') },
    },
    response: {
      status: 429,
      headers: { 'Content-Type': ['application/json'], 'X-RateLimit-Reset': ['2020-01-01T00:00:00Z'] },
      body: json({ error: 'slow down', retry: 1, id: 'x' }),
      generators: {
        header: { 'X-RateLimit-Reset': { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ssXXX", expression: 'now + 30 seconds' } },
        body: { '$.retry': { type: 'RandomInt', min: 5, max: 9 }, '$.id': { type: 'Uuid' } },
      },
    },
  },
  {
    description: 'bad-page: the page is negative',
    request: { method: 'GET', path: '/search', query: { page: ['-1'] } },
    response: { status: 400, body: { content: 'bad page', contentType: 'text/plain', encoded: false } },
  },
  {
    description: 'name-required: the body has no name',
    request: { method: 'POST', path: '/users', headers: { 'Content-Type': ['application/json'] }, body: json({ email: 'a@b.c' }) },
    response: { status: 422, headers: { 'Content-Type': ['application/json'] }, body: json({ field: 'name' }) },
  },
  {
    description: 'email-taken: the email is in use',
    request: { method: 'POST', path: '/users', headers: { 'Content-Type': ['application/json'] }, body: json({ email: 'x@y.z', name: 'X' }) },
    response: { status: 409, headers: { 'Content-Type': ['application/json'] }, body: json({ field: 'email' }) },
  },
]

const contracts = contractsFromPacts([syntheticPact('acme', INTERACTIONS)])
const acme = vendorContracts(contracts, 'acme')
const handler = (names?: string[], options: ReplayOptions = {}) => createReplayHandler(acme, names && pickScenarios(acme, names), { record: false, ...options })
const auth = { headers: { Authorization: 'Bearer abc' } }
const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: failUnmatched(server) }))
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
  expect(takeReplayProblems()).toEqual([])
})
afterAll(() => server.close())

async function refused(url: string, init?: RequestInit) {
  const error = await fetch(url, init).then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(TypeError)
  const problems = takeReplayProblems()
  expect(problems).toHaveLength(1)
  return problems[0]!
}

describe('replay', () => {
  it('answers with the picked interaction when several share the request', async () => {
    server.use(handler(['server-error']))
    const response = await fetch('https://api.acme.test/users/1', auth)
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ error: 'boom' })
  })

  it('picks by provider state as well as by name', async () => {
    server.use(handler(['the access token has expired']))
    expect((await fetch('https://api.acme.test/users/1', auth)).status).toBe(401)
  })

  it('fails naming the candidates when several interactions match and none was picked', async () => {
    server.use(handler())
    const problem = await refused('https://api.acme.test/users/1', auth)
    expect(problem.problem).toBe('ambiguous')
    expect(problem.message).toContain('"token-expired"')
    expect(problem.message).toContain('"server-error"')
  })

  it('answers without a pick when only one interaction matches', async () => {
    server.use(handler())
    expect((await fetch('https://api.acme.test/users/9', auth)).status).toBe(404)
  })

  it('fails naming the nearest interactions when no interaction matches', async () => {
    server.use(handler(['user-not-found']))
    const problem = await refused('https://api.acme.test/users/10', auth)
    expect(problem.problem).toBe('unmatched')
    expect(problem.message).toMatch(/nearest:\n {2}- acme "user-not-found"/)
  })

  it('requires the headers the contract requires', async () => {
    server.use(handler(['user-not-found']))
    const problem = await refused('https://api.acme.test/users/9')
    expect(problem.message).toContain('header authorization: missing')
  })

  it('matches paths by the regex the contract gives', async () => {
    server.use(handler(['rate-limited']))
    expect((await fetch('https://api.acme.test/orders/123456')).status).toBe(429)
    expect((await refused('https://api.acme.test/orders/abc')).problem).toBe('unmatched')
  })

  it('matches the query as the contract states it, no more and no less', async () => {
    server.use(handler(['bad-page']))
    const response = await fetch('https://api.acme.test/search?page=-1')
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([400, 'text/plain', 'bad page'])
    expect((await refused('https://api.acme.test/search?page=2')).problem).toBe('unmatched')
    expect((await refused('https://api.acme.test/search?page=-1&size=5')).problem).toBe('unmatched')
  })

  it('tells interactions apart by body when none was picked', async () => {
    server.use(handler())
    const post = (body: unknown) =>
      fetch('https://api.acme.test/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    expect((await post({ email: 'a@b.c' })).status).toBe(422)
    expect((await post({ email: 'x@y.z', name: 'X' })).status).toBe(409)
    expect(
      (await refused('https://api.acme.test/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"other"}' })).problem,
    ).toBe('unmatched')
  })

  it('fills fromProviderState values from the test, else from the state params', async () => {
    server.use(handler(['user-not-found'], { state: { id: '42' } }))
    expect(await (await fetch('https://api.acme.test/users/9', auth)).json()).toEqual({ error: 'not_found', id: '42' })
    server.resetHandlers(handler(['user-not-found']))
    expect(await (await fetch('https://api.acme.test/users/9', auth)).json()).toEqual({ error: 'not_found', id: '9' })
  })

  it('turns date and random generators into concrete values from the clock and the seed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-03-04T05:06:07Z'))
    server.use(handler(['rate-limited'], { seed: 7 }))
    const first = await fetch('https://api.acme.test/orders/1')
    const body = (await first.json()) as { retry: number; id: string }
    expect(first.headers.get('x-ratelimit-reset')).toBe('2025-03-04T05:06:37Z')
    expect(body.retry).toBeGreaterThanOrEqual(5)
    expect(body.retry).toBeLessThanOrEqual(9)
    expect(body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    server.resetHandlers(handler(['rate-limited'], { seed: 7 }))
    expect(await (await fetch('https://api.acme.test/orders/1')).json()).toEqual(body)
  })

  it('stops answering after `times` answers and lets the next handler answer', async () => {
    server.use(http.get('https://api.acme.test/users/1', () => HttpResponse.json({ id: '1' })))
    server.use(handler(['token-expired'], { times: 1 }))
    expect((await fetch('https://api.acme.test/users/1', auth)).status).toBe(401)
    expect((await fetch('https://api.acme.test/users/1', auth)).status).toBe(200)
  })

  it('answers no more than `times` requests sent at once', async () => {
    server.use(http.get('https://api.acme.test/users/1', () => HttpResponse.json({ id: '1' })))
    server.use(handler(['token-expired'], { times: 1 }))
    const statuses = await Promise.all([1, 2, 3].map(() => fetch('https://api.acme.test/users/1', auth).then((response) => response.status)))
    expect(statuses.sort()).toEqual([200, 200, 401])
  })

  it('answers only the origins it is given', async () => {
    server.use(handler(['user-not-found'], { origin: 'https://api.acme.test' }))
    expect((await fetch('https://api.acme.test/users/9', auth)).status).toBe(404)
    expect((await refused('https://other.test/users/9', auth)).problem).toBe('unmatched')
  })

  it('lets unmatched requests through only where the test allows it', async () => {
    const local = new Request('http://127.0.0.1:4000/health')
    await expect(failUnmatched(server, (request) => new URL(request.url).hostname === '127.0.0.1')(local)).resolves.toBeUndefined()
    expect(takeReplayProblems()).toEqual([])
    await expect(failUnmatched(server)(local)).rejects.toBeInstanceOf(Response)
    expect(takeReplayProblems().map((problem) => problem.problem)).toEqual(['unmatched'])
  })

  it('rejects an unknown scenario name, suggesting the nearest and listing the valid ones', () => {
    const error = (() => {
      try {
        pickScenarios(acme, ['user-not-fund'])
      } catch (caught) {
        return caught
      }
    })()
    expect(isReplayError(error) && error.problem).toBe('unknown-scenario')
    expect((error as Error).message).toContain('did you mean "user-not-found"')
    expect((error as Error).message).toContain('rate-limited')
  })

  it('refuses an empty list of scenarios instead of answering nothing', () => {
    expect(problemOf(() => replay(VENDOR_IDS[0], []))).toBe('unknown-scenario')
  })

  it('rejects an unknown vendor, listing the replayable ones', () => {
    expect(() => vendorContracts(contracts, 'acne')).toThrow(/acme/)
  })
})
