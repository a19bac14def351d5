import { formBody, mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import { checkClientAssertion } from './client-assertion.ts'
import type { PlanSourceClientRecord } from './demo-clients.ts'
import { oauthError } from './envelope.ts'

/** The claims a PlanSource access token carries in the sandbox. */
export interface PlanSourceTokenClaims {
  clientId: string
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * `POST /oauth/v2/token`: the client-credentials grant with a signed JWT client assertion and scope
 * `admin_api_v2` (vendor README). Answers `{access_token, token_type, expires_in}`.
 *
 * @example
 * const answer = issueToken(request, { clients, tokens, now })
 */
export function issueToken(
  request: SandboxRequest,
  sandbox: { clients: Map<string, PlanSourceClientRecord>; tokens: TokenStore<PlanSourceTokenClaims>; now: () => number },
): SandboxResponse {
  // Assumption: a body that is not a form is read as an empty form (the grant type is then missing).
  const form = mediaType(request) === 'application/x-www-form-urlencoded' ? formBody(request) : new URLSearchParams()
  const grantType = form.get('grant_type')
  if (!grantType) return oauthError(400, 'invalid_request', 'grant_type is required')
  if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`)
  const scope = form.get('scope')
  if (scope && scope !== 'admin_api_v2') return oauthError(400, 'invalid_scope', `scope ${scope} is not available to this client`)
  const assertion = form.get('client_assertion')
  if (!assertion || form.get('client_assertion_type') !== ASSERTION_TYPE) return oauthError(400, 'invalid_request', 'client_assertion is required')
  const check = checkClientAssertion(assertion, (id) => sandbox.clients.get(id)?.publicKey, sandbox.now())
  if (!check.ok) return oauthError(check.status, check.error, check.description)
  const client = sandbox.clients.get(check.clientId)!
  const issued = sandbox.tokens.issue({ clientId: client.clientId }, client.tokenLifetimeMs, 'ps')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: { access_token: issued.token, token_type: 'bearer', expires_in: client.tokenLifetimeMs / 1000, scope: 'admin_api_v2' },
  }
}
