import type { VerificationCases } from '../../test/verify/support/verification-cases.ts'

/** What the verification tests provoke of PlusAuth's reference sandbox. */
export const verificationCases: VerificationCases = {
  drift: { drift: { kind: 'status', from: 404, to: 410 }, mismatch: { field: 'status', expected: 404, actual: 410 } },
  // The contract's user exists; a user id nobody has makes the state unreachable (the PATCH would answer 404).
  unreachableState: {
    name: 'a user with id {id} exists',
    params: { id: 'usr_nobody' },
    reason: /provider state "a user with id \{id\} exists" could not be set up: .*usr_nobody/,
  },
}
