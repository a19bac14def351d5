import { relative } from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { setupReplayServer, type ReplayServer, type ReplayServerOptions } from '../../../consumers/replay/setup-replay-server.ts'
import { onReplayServed } from '../../../consumers/replay/served-listeners.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { nameCurrentTest, recordServed } from './served-record.ts'

/**
 * This repository's vitest wrapper of `setupReplayServer()`: listens before all, resets and fails
 * the test on a request a replay refused (ambiguous) or nobody answered (unmatched) after each,
 * closes after all. Interactions served are recorded with the name of the test they were served
 * to, for the coverage check and the report.
 *
 * @example
 * const server = useReplayServer()
 * it('answers 404 when the employee is missing', async () => {
 *   server.use(replay('plansource', 'employee-not-found'))
 *   await expect(client.getEmployee({ id: '999999' })).rejects.toMatchObject({ kind: 'not-found' })
 * })
 */
export function useReplayServer(options: ReplayServerOptions = {}): ReplayServer {
  const server = setupReplayServer(options)
  onReplayServed(recordServed)
  nameCurrentTest(() => {
    const { currentTestName, testPath } = expect.getState()
    return currentTestName ? `${testPath ? relative(PROJECT_ROOT, testPath) : 'unknown file'} › ${currentTestName}` : undefined
  })
  beforeAll(() => server.listen())
  afterEach(() => {
    server.resetHandlers()
    server.throwProblems()
  })
  afterAll(() => server.close())
  return server
}
