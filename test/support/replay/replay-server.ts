import type { RequestHandler } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { relative } from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { describeUnmatched } from './describe-unmatched.ts'
import { ReplayError } from './replay-error.ts'
import { replaySourceOf, type ReplaySource } from './replay-handler.ts'
import { reportReplayProblem, takeReplayProblems } from './replay-problems.ts'
import { nameCurrentTest } from './served-record.ts'

/** Options of {@link useReplayServer} and {@link failUnmatched}. */
export interface ReplayServerOptions {
  /** Handlers the server starts with (tests add theirs with `server.use`). */
  handlers?: readonly RequestHandler[] | undefined
  /**
   * Unmatched requests that may go to the real network, e.g. a server the test started on
   * 127.0.0.1. Default: none; every unmatched request fails.
   */
  passthrough?: ((request: Request) => boolean) | undefined
}

/**
 * An `onUnhandledRequest` strategy for replays: the request fails with a network error (never
 * reaches the network), and the test fails after it ends with the nearest interactions named.
 *
 * @example
 * server.listen({ onUnhandledRequest: failUnmatched(server) })
 */
export function failUnmatched(server: Pick<SetupServer, 'listHandlers'>, passthrough?: ReplayServerOptions['passthrough']) {
  return async (request: Request): Promise<void> => {
    if (passthrough?.(request)) return
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
 * Interactions served are recorded with the name of the test they were served to.
 *
 * @example
 * const server = useReplayServer()
 * it('answers 404 when the employee is missing', async () => {
 *   server.use(replay('plansource', 'employee-not-found'))
 *   await expect(client.getEmployee({ id: '999999' })).rejects.toMatchObject({ kind: 'not-found' })
 * })
 */
export function useReplayServer(options: ReplayServerOptions = {}): SetupServer {
  const server = setupServer(...(options.handlers ?? []))
  nameCurrentTest(() => {
    const { currentTestName, testPath } = expect.getState()
    return currentTestName ? `${testPath ? relative(PROJECT_ROOT, testPath) : 'unknown file'} › ${currentTestName}` : undefined
  })
  beforeAll(() => server.listen({ onUnhandledRequest: failUnmatched(server, options.passthrough) }))
  afterEach(() => {
    server.resetHandlers()
    const problems = takeReplayProblems()
    // A fresh error, so the failure points here rather than into MSW's request pipeline.
    if (problems.length > 0) throw new ReplayError(problems[0]!.problem, problems.map((problem) => problem.message).join('\n'))
  })
  afterAll(() => server.close())
  return server
}
