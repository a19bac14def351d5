import { setupReplayServer, type ReplayServer } from 'vendor-error-contracts/replay'
import { afterAll, afterEach, beforeAll } from 'vitest'

/**
 * An MSW server for a test file that answers from the vendors' contracts: a request no handler
 * answers, or that several interactions match, fails the test that sent it.
 *
 * @example
 * const server = useReplayServer()
 * server.use(replay('docplanner', 'service-unavailable'))
 */
export function useReplayServer(): ReplayServer {
  const server = setupReplayServer()
  beforeAll(() => server.listen())
  afterEach(() => {
    server.resetHandlers()
    server.throwProblems()
  })
  afterAll(() => server.close())
  return server
}
