import { basicCredentials, formBody } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { UstaApiClient } from './api-clients.ts'

// Assumption: Cognito's token endpoint answers OAuth errors as {"error"} with 400/401.
const oauthError = (status: number, error: string): SandboxResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body: { error } })

/**
 * `POST /oauth2/token` as the Cognito token host does it (vendor README): the client-credentials
 * grant with HTTP Basic client id and secret, no refresh token. In the sandbox it is served on the
 * same host as the API; the real one is a separate host (`USTA_TOKEN_URL`).
 *
 * @example
 * issueToken(request, { clients, tokens })
 */
export function issueToken(request: SandboxRequest, sandbox: { clients: UstaApiClient[]; tokens: TokenStore<{ clientId: string }> }): SandboxResponse {
  const basic = basicCredentials(request)
  const client = sandbox.clients.find((candidate) => candidate.id === basic?.id)
  if (!basic || !client || client.secret !== basic.secret) return oauthError(401, 'invalid_client')
  if (formBody(request).get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type')
  const issued = sandbox.tokens.issue({ clientId: client.id }, client.tokenLifetimeMs, 'us')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: { access_token: issued.token, expires_in: client.tokenLifetimeMs / 1000, token_type: 'Bearer' },
  }
}
