import type { BehaviourCases } from '../../test/behaviour/support/behaviour-cases.ts'

/** How Docplanner's client must behave on each documented error (the behaviour tests replay each from the contract). */
export const behaviourCases: BehaviourCases<'docplanner'> = {
  clientErrors: ['bad-request', 'forbidden', 'not-found', 'method-not-allowed', 'conflict'],
  missing: ['not-found'],
  transient: ['internal-server-error', 'bad-gateway', 'service-unavailable', 'gateway-timeout'],
  recoversOnRetry: 'service-unavailable',
  writeMayHaveHappened: [],
  expiredToken: ['unauthorized'],
  notFixedByNewToken: [],
  noBearerToken: [],
}
