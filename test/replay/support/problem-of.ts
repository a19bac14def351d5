import { isReplayError } from '../../../consumers/replay/replay-error.ts'

/**
 * What went wrong when `run` threw: a replay error's problem name, any other error as is, or
 * undefined when nothing was thrown.
 *
 * @example
 * expect(problemOf(() => replay('acme', 'nope'))).toBe('unknown-scenario')
 */
export function problemOf(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return isReplayError(error) ? error.problem : error
  }
  return undefined
}
