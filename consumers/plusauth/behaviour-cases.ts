import type { BehaviourCases } from '../../test/behaviour/support/behaviour-cases.ts'

/** How PlusAuth's client must behave on each documented error (the behaviour tests replay each from the contract). */
export const behaviourCases: BehaviourCases<'plusauth'> = {
  clientErrors: ['invalid-request', 'unsupported-view-template', 'plan-limit-exceeded', 'entity-not-found', 'already-exists', 'invalid-entity'],
  missing: ['entity-not-found'],
  transient: ['server-error', 'too-many-requests'],
  recoversOnRetry: 'too-many-requests',
  writeMayHaveHappened: [],
  expiredToken: [],
  notFixedByNewToken: ['invalid-audience', 'invalid-issuer', 'missing-scope', 'unauthorized-user'],
  noBearerToken: ['missing-token', 'invalid-authorization-scheme'],
}
