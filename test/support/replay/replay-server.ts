import type { RequestHandler } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { describeUnmatched } from './describe-unmatched.ts'
import { ReplayError } from './replay-error.ts'
import { replaySourceOf, type ReplaySource } from './replay-handler.ts'
import { reportReplayProblem, takeReplayProblems } from './replay-problems.ts'

/**
 * An `onUnhandledRequest` strategy for replays: the request fails with a network error (never
 * reaches the network), and the test fails after it ends with the nearest interactions named.
 *
 * @example
 * server.listen({ onUnhandledRequest: failUnmatched(server) })
 */
export function failUnmatched(server: Pick<SetupServer, 'listHandlers'>) {
  return async (request: Request): Promise<void> => {
    const sources = server
      .listHandlers()
      .map(replaySourceOf)
      .filter((source): source is ReplaySource => source !== undefined)
    reportReplayProblem(new ReplayError('unmatched', await describeUnmatched(request, sources)))
    // MSW answers a thrown Response with that response: a network error here.
    throw Response.error()
  }
}

/**
 * Starts an MSW server for the test file (listen before all, reset after each, close after all)
 * that fails a test whose requests a replay refused (ambiguous) or nobody answered (unmatched),
 * naming the candidates or the nearest interactions, even when the code under test swallowed the error.
 *
 * @example
 * const server = useReplayServer()
 * it('answers 404 when the employee is missing', async () => {
 *   server.use(replay('plansource', 'employee-not-found'))
 *   await expect(client.getEmployee({ id: '999999' })).rejects.toMatchObject({ kind: 'not-found' })
 * })
 */
export function useReplayServer(...handlers: RequestHandler[]): SetupServer {
  const server = setupServer(...handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: failUnmatched(server) }))
  afterEach(() => {
    server.resetHandlers()
    const problems = takeReplayProblems()
    if (problems.length === 1) throw problems[0]
    if (problems.length > 1) throw new ReplayError(problems[0]!.problem, problems.map((problem) => problem.message).join('\n'))
  })
  afterAll(() => server.close())
  return server
}
