import type { VerificationCases } from '../../test/verify/support/verification-cases.ts'

/** What the verification tests provoke of Docplanner's reference sandbox. */
export const verificationCases: VerificationCases = {
  drift: { drift: { kind: 'content-type', to: 'application/json' }, mismatch: { field: 'header Content-Type', actual: 'application/json' } },
}
