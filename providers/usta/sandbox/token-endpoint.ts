import { basicCredentials, formBody } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { UstaApiClient } from './api-clients.ts'

// Assumption: Cognito's token endpoint answers OAuth errors as {"error"} with 400/401.
const oauthError = (status: number, error: string): SandboxResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body: { error } })

/**
 * `POST /oauth2/token` as USTA's machine-to-machine page describes it: the client-credentials grant
 * with the client id and secret in HTTP Basic, no refresh token. `grant_type` is read from the form
 * body (the page's curl example) or from the query string with no body (the page's own text). In
 * the sandbox it is served on the same host as the API; USTA's is a separate host, and its pages
 * name two for stage (verification takes it from `USTA_TOKEN_URL`).
 *
 * @example
 * issueToken(request, { clients, tokens })
 */
export function issueToken(request: SandboxRequest, sandbox: { clients: UstaApiClient[]; tokens: TokenStore<{ clientId: string }> }): SandboxResponse {
  const basic = basicCredentials(request)
  const client = sandbox.clients.find((candidate) => candidate.id === basic?.id)
  if (!basic || !client || client.secret !== basic.secret) return oauthError(401, 'invalid_client')
  const grantType = formBody(request).get('grant_type') ?? request.query.get('grant_type')
  if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type')
  const issued = sandbox.tokens.issue({ clientId: client.id }, client.tokenLifetimeMs, 'us')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: { access_token: issued.token, expires_in: client.tokenLifetimeMs / 1000, token_type: 'Bearer' },
  }
}
