/**
 * Why a replay refused to answer: a pact file it cannot read, a scenario name that does not exist,
 * a request that matches no interaction or several. The message always names the file, vendor or
 * interactions involved, and what to do.
 *
 * @example
 * throw new ReplayError('unknown-scenario', 'plansource has no scenario "employe-not-found"; valid: employee-not-found, …')
 */
export class ReplayError extends Error {
  override readonly name = 'ReplayError' as const
  readonly problem: ReplayProblem

  constructor(problem: ReplayProblem, message: string) {
    super(message)
    this.problem = problem
  }
}

/** What went wrong, for tests that assert on the kind of failure rather than its wording. */
export type ReplayProblem = 'bad-pact-file' | 'unknown-vendor' | 'unknown-scenario' | 'unmatched' | 'ambiguous'

/**
 * Tells a {@link ReplayError} apart by name as well as class, so it works across module copies.
 *
 * @example
 * expect(isReplayError(error) && error.problem).toBe('ambiguous')
 */
export function isReplayError(value: unknown): value is ReplayError {
  return value instanceof ReplayError || (value instanceof Error && value.name === 'ReplayError' && 'problem' in value)
}
