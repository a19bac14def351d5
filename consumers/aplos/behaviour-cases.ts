import type { BehaviourCases } from '../../test/behaviour/support/behaviour-cases.ts'

/** Aplos's 422 answers for a broken accounting rule, each with its own exception code (test/behaviour/aplos-validation.test.ts). */
export const ACCOUNTING_RULES = [
  'required-data',
  'invalid-data-format',
  'invalid-data-length-minimum',
  'invalid-data-length-maximum',
  'lines-out-of-balance',
  'lines-do-not-sum',
  'invalid-account-type',
  'date-is-in-a-closed-period',
] as const

/** How Aplos's client must behave on each documented error (the behaviour tests replay each from the contract). */
export const behaviourCases: BehaviourCases<'aplos'> = {
  clientErrors: [
    'missing-input',
    'invalid-data',
    'forbidden',
    'unauthorized',
    'client-unauthorized',
    'method-not-allowed',
    'not-available',
    ...ACCOUNTING_RULES,
  ],
  missing: ['not-available'],
  transient: ['internal-server-error', 'service-error'],
  recoversOnRetry: 'service-error',
  writeMayHaveHappened: [],
  expiredToken: ['expired-token'],
  notFixedByNewToken: ['revoked-token'],
  noBearerToken: ['missing-token'],
}
