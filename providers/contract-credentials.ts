/**
 * Made-up credentials that the contract tests (test/contract) write into contracts as example
 * values, and that verification swaps for live credentials on their way to the vendor
 * (providers/verification/credential-swap.ts); nothing real is ever recorded. Both sides read them
 * from here, outside the tests, so production code never imports test code.
 */
export const CONTRACT_CREDENTIALS = {
  /** Stands for a valid, freshly issued access token. */
  accessToken: 'contract-access-token',
  /** Stands for a token the vendor issued and has since expired (supplied by a provider state). */
  expiredToken: 'contract-expired-token',
  /** Stands for client credentials on a token request. */
  clientId: 'contract-client-id',
  clientSecret: 'contract-client-secret',
  clientAssertion: 'contract-client-assertion',
} as const
