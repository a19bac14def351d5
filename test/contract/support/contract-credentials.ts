/**
 * Made-up credentials written into contracts as example values. Verification swaps the
 * placeholders for live credentials on their way to the vendor (providers/verification/credential-swap.ts); nothing real is ever recorded.
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
