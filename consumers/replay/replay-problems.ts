import type { ReplayError } from './replay-error.ts'

const pending: ReplayError[] = []

/**
 * Notes a request the replay refused (ambiguous or unmatched) so the test that sent it fails
 * even when the code under test swallowed the network error; also prints it at once.
 *
 * @example
 * reportReplayProblem(new ReplayError('ambiguous', 'replay: GET /x matches a, b'))
 */
export function reportReplayProblem(error: ReplayError): void {
  pending.push(error)
  console.error(error.message)
}

/**
 * Returns and forgets the problems noted since the last call (`useReplayServer` throws them after each test).
 *
 * @example
 * afterEach(() => { const [first] = takeReplayProblems(); if (first) throw first })
 */
export function takeReplayProblems(): ReplayError[] {
  return pending.splice(0, pending.length)
}
