import { expiresIn, type AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { tokenEndpoint } from '../../sandbox-kit/oauth/token-endpoint.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { DocplannerDemoClients } from './demo-clients.ts'

/**
 * `POST /oauth/v2/token`: `grant_type=client_credentials&scope=integration`, the client id and
 * secret in HTTP Basic (the guide's and the OpenAPI document's curl sample, `curl -u`), or as
 * `client_id` and `client_secret` fields of the form (the official PHP SDK, which sends a multipart
 * body, without a Content-Type). Answers `{access_token, expires_in, token_type: "bearer", scope: null}`
 * as the documented sample does.
 *
 * Assumptions (no source documents the refusals): OAuth 2.0 errors as application/json (RFC 6749
 * section 5.2), worded as below; a missing grant type is answered as an unsupported one.
 *
 * @example
 * const issueToken = docplannerTokenEndpoint({ clients, tokens })
 */
export function docplannerTokenEndpoint(sandbox: { clients: DocplannerDemoClients; tokens: TokenStore<AccessTokenClaims> }) {
  const badGrant = { error: 'unsupported_grant_type', description: 'Invalid grant_type parameter or parameter missing' } as const
  return tokenEndpoint({
    ...sandbox,
    clientAuthentication: ['client_secret_basic', 'client_secret_post'],
    parameters: ['multipart', 'form'],
    tokenPrefix: 'dp',
    wording: {
      'client-unauthenticated': 'The client credentials are invalid',
      'grant-type-missing': badGrant,
      'grant-type-unsupported': badGrant,
      'scope-not-granted': 'An unsupported scope was requested.',
    },
    answers: { success: (issued) => ({ access_token: issued.token, expires_in: expiresIn(issued), token_type: 'bearer', scope: null }) },
  })
}
