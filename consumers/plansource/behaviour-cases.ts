import type { BehaviourCases } from '../../test/behaviour/support/behaviour-cases.ts'

/** How PlanSource's client must behave on each documented error (the behaviour tests replay each from the contract). */
export const behaviourCases: BehaviourCases<'plansource'> = {
  clientErrors: ['employee-not-found', 'invalid-coverage', 'route-not-found', 'name-required', 'organization-not-found', 'form-completions-required'],
  missing: ['employee-not-found', 'invalid-coverage', 'route-not-found'],
  transient: ['internal-error'],
  recoversOnRetry: 'internal-error',
  writeMayHaveHappened: [],
  expiredToken: ['signature-has-expired'],
  notFixedByNewToken: [],
  noBearerToken: ['forbidden'],
}
