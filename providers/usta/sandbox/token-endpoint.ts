import { expiresIn, type AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { tokenEndpoint } from '../../sandbox-kit/oauth/token-endpoint.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { UstaApiClients } from './api-clients.ts'

/**
 * `POST /oauth2/token` as USTA's machine-to-machine page describes it: the client-credentials grant
 * with the client id and secret in HTTP Basic, no refresh token, no scope (USTA fixes a client's
 * scope when it sets the client up). `grant_type` is read from the form body (the page's curl
 * example) or from the query string with no body (the page's own text). In the sandbox it is served
 * on the same host as the API; USTA's is a separate host, and its pages name two for stage
 * (verification takes it from `USTA_TOKEN_URL`).
 *
 * Assumption: Cognito's token endpoint answers OAuth errors as `{"error"}` with 400/401, a missing
 * grant type as an unsupported one, and no Cache-Control header.
 *
 * @example
 * const issueToken = ustaTokenEndpoint({ clients, tokens })
 */
export function ustaTokenEndpoint(sandbox: { clients: UstaApiClients; tokens: TokenStore<AccessTokenClaims> }) {
  return tokenEndpoint({
    ...sandbox,
    clientAuthentication: ['client_secret_basic'],
    parameters: ['form', 'query'],
    scopeFrom: 'nowhere',
    tokenPrefix: 'us',
    wording: { 'grant-type-missing': { error: 'unsupported_grant_type' } },
    answers: {
      noStore: false,
      success: (issued) => ({ access_token: issued.token, expires_in: expiresIn(issued), token_type: 'Bearer' }),
      error: (refusal) => ({ error: refusal.error }),
    },
  })
}
