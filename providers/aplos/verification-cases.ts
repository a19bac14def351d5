import type { VerificationCases } from '../../test/verify/support/verification-cases.ts'

/** What the verification tests provoke of Aplos's reference sandbox. */
export const verificationCases: VerificationCases = {
  drift: { drift: { kind: 'value', key: 'code', from: 3001, to: 3999 }, mismatch: { field: 'body $.exception.code', expected: 3001, actual: 3999 } },
}
