import type { VerificationCases } from '../../test/verify/support/verification-cases.ts'

/** What the verification tests provoke of PlanSource's reference sandbox. */
export const verificationCases: VerificationCases = {
  drift: { drift: { kind: 'rename-key', from: 'error_code', to: 'code' }, mismatch: { detail: 'error_code' } },
}
