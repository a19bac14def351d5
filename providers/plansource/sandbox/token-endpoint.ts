import { formBody, mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import { ADMIN_API_SCOPE, checkClientAssertion, requestHostname } from './client-assertion.ts'
import type { PlanSourceClientRecord } from './demo-clients.ts'
import { oauthError } from './envelope.ts'

/** The claims a PlanSource access token carries in the sandbox. */
export interface PlanSourceTokenClaims {
  clientId: string
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * `POST /oauth/v2/token`, as PlanSource's access-token guide lists the request: a form-encoded
 * body with `grant_type=client_credentials`, the JWT-bearer `client_assertion_type`, the signed
 * `client_assertion` (see {@link checkClientAssertion}) and `code`, a random string the client
 * makes for CSRF protection. The guide lists no `scope` or `client_id` parameter: the scopes
 * travel in the assertion's `scopes` claim and the client is its `sub`; the sandbox ignores both
 * parameters when sent.
 *
 * Assumptions (the guide documents no answer): the success body `{access_token, token_type,
 * expires_in, scope}` (OAuth 2.0's), and the status, code and wording of every refusal except
 * "token has expired".
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
  const assertion = form.get('client_assertion')
  if (!assertion || form.get('client_assertion_type') !== ASSERTION_TYPE) return oauthError(400, 'invalid_request', 'client_assertion is required')
  if (!form.get('code')) return oauthError(400, 'invalid_request', 'code is required')
  const check = checkClientAssertion(assertion, (id) => sandbox.clients.get(id)?.publicKey, {
    now: sandbox.now(),
    hostname: requestHostname(request.headers),
  })
  if (!check.ok) return oauthError(check.status, check.error, check.description)
  const client = sandbox.clients.get(check.clientId)!
  const issued = sandbox.tokens.issue({ clientId: client.clientId }, client.tokenLifetimeMs, 'ps')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: { access_token: issued.token, token_type: 'bearer', expires_in: client.tokenLifetimeMs / 1000, scope: ADMIN_API_SCOPE },
  }
}
