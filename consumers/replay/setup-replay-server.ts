import type { RequestHandler } from 'msw'
import { setupServer, type SetupServer } from 'msw/node'
import { describeUnmatched } from './describe-unmatched.ts'
import { ReplayError } from './replay-error.ts'
import { replaySourceOf, type ReplaySource } from './replay-handler.ts'
import { reportReplayProblem, takeReplayProblems } from './replay-problems.ts'

/** Options of {@link setupReplayServer} and {@link failUnmatched}. */
export interface ReplayServerOptions {
  /** Handlers the server starts with (tests add theirs with `server.use`). */
  handlers?: readonly RequestHandler[] | undefined
  /**
   * Unmatched requests that may go to the real network, e.g. a server the test started on
   * 127.0.0.1. Default: none; every unmatched request fails.
   */
  passthrough?: ((request: Request) => boolean) | undefined
}

/** An MSW server whose `listen()` fails unmatched requests, and which can throw what the replay refused. */
export interface ReplayServer extends SetupServer {
  /**
   * Throws one {@link ReplayError} naming every request since the last call that a replay refused
   * (several interactions matched) or nobody answered (with the nearest interactions); does nothing
   * when there was none. Call it after each test: the code under test may have swallowed the network error.
   */
  throwProblems(): void
}

/**
 * An `onUnhandledRequest` strategy for replays: the request fails with a network error (never
 * reaches the network) and is noted for {@link ReplayServer.throwProblems}, with the nearest
 * interactions named.
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
 * An MSW server (`msw/node`) for replayed contracts, for any test runner: `listen()` makes every
 * request no handler answers fail with the nearest interactions named, and `throwProblems()`
 * fails the test that sent an unmatched or ambiguous request, even when the code under test
 * swallowed the error. Options given to `listen()` win over that default.
 *
 * @example
 * const server = setupReplayServer()
 * beforeAll(() => server.listen())
 * afterEach(() => {
 *   server.resetHandlers()
 *   server.throwProblems()
 * })
 * afterAll(() => server.close())
 *
 * it('shows "no such employee" when PlanSource answers 404', async () => {
 *   server.use(replay('plansource', 'employee-not-found'))
 *   await expect(plansource.getEmployee({ id: '999999' })).rejects.toMatchObject({ kind: 'not-found' })
 * })
 * @see ../../README.md#replaying-contracts-in-unit-tests-msw
 */
export function setupReplayServer(options: ReplayServerOptions = {}): ReplayServer {
  const server = setupServer(...(options.handlers ?? []))
  const listen = server.listen.bind(server)
  return Object.assign(server, {
    listen: (listenOptions: Parameters<SetupServer['listen']>[0] = {}) =>
      listen({ onUnhandledRequest: failUnmatched(server, options.passthrough), ...listenOptions }),
    throwProblems() {
      const problems = takeReplayProblems()
      // A fresh error, so the failure points at the caller rather than into MSW's request pipeline.
      if (problems.length > 0) throw new ReplayError(problems[0]!.problem, problems.map((problem) => problem.message).join('\n'))
    },
  })
}
