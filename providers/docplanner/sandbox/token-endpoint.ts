import { basicCredentials, formBody } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { DocplannerClient } from './demo-clients.ts'

// Assumption: the token endpoint answers OAuth 2.0 errors as application/json (RFC 6749 section 5.2).
const oauthError = (status: number, error: string, description: string): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: { error, error_description: description },
})

/**
 * `POST /oauth/v2/token`: HTTP Basic client id and secret, `grant_type=client_credentials&scope=integration`
 * (vendor README). Answers `{access_token, expires_in, token_type, scope}`.
 *
 * @example
 * issueToken(request, { clients, tokens })
 */
export function issueToken(request: SandboxRequest, sandbox: { clients: DocplannerClient[]; tokens: TokenStore<{ clientId: string }> }): SandboxResponse {
  const basic = basicCredentials(request)
  const client = sandbox.clients.find((candidate) => candidate.id === basic?.id)
  if (!basic || !client || client.secret !== basic.secret) return oauthError(401, 'invalid_client', 'The client credentials are invalid')
  const form = formBody(request)
  if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Invalid grant_type parameter or parameter missing')
  const scope = form.get('scope') ?? 'integration'
  if (scope !== 'integration') return oauthError(400, 'invalid_scope', 'An unsupported scope was requested.')
  const issued = sandbox.tokens.issue({ clientId: client.id }, client.tokenLifetimeMs, 'dp')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    body: { access_token: issued.token, expires_in: client.tokenLifetimeMs / 1000, token_type: 'bearer', scope },
  }
}
