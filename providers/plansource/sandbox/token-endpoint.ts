import { expiresIn, type AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import type { OAuthClient } from '../../sandbox-kit/oauth/client-authentication.ts'
import type { RefusalWordings } from '../../sandbox-kit/oauth/oauth-refusals.ts'
import { tokenEndpoint } from '../../sandbox-kit/oauth/token-endpoint.ts'
import { requestHostname } from '../../sandbox-kit/read-request.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'

/**
 * How the sandbox words its refusals. Documented: "token has expired" as `invalid_request` for an
 * expired assertion. Assumption: every other refusal's status, code and wording; the messages of
 * malformed tokens follow ruby-jwt, which the page's "Signature has expired" and the OpenAPI file's
 * "Not enough or too many segments" come from.
 */
const PLANSOURCE_TOKEN_WORDING: RefusalWordings = {
  'client-unauthenticated': 'Client authentication failed',
  'assertion-malformed': { error: 'invalid_request', status: 400, description: 'Not enough or too many segments' },
  'assertion-unreadable': { error: 'invalid_request', status: 400, description: 'Invalid segment encoding' },
  'assertion-expired': { error: 'invalid_request', status: 400, description: 'token has expired' },
  'assertion-audience-wrong': { description: (hostname) => `The aud claim must be the authorization server's hostname (${hostname})` },
  'scope-missing': 'The scopes claim is required',
  'scope-not-granted': { description: (granted) => `The scopes claim may ask only for ${granted}` },
}

/**
 * `POST /oauth/v2/token`, as PlanSource's access-token guide lists the request: a form-encoded
 * body with `grant_type=client_credentials`, the JWT-bearer `client_assertion_type`, the signed
 * `client_assertion` and `code`, a random string the client makes for CSRF protection. The
 * assertion is signed RS256 (the guide's example header) by the key of the client `sub` names
 * (`iss` must be present but is not read), has a `jti`, `aud` the hostname of the authorization
 * server, and a `scopes` claim (space-separated) that asks for `admin_api_v2`. The guide lists no
 * `scope` or `client_id` parameter: the scopes travel in the claim and the client is its `sub`; the
 * sandbox ignores both parameters when sent.
 *
 * Assumptions (the guide documents no answer): the success body `{access_token, token_type,
 * expires_in, scope}` (OAuth 2.0's), and the refusals worded above.
 *
 * @example
 * const issueToken = planSourceTokenEndpoint({ clients, tokens, now })
 */
export function planSourceTokenEndpoint(sandbox: {
  clients: { get(id: string): OAuthClient | undefined }
  tokens: TokenStore<AccessTokenClaims>
  now: () => number
}) {
  return tokenEndpoint({
    ...sandbox,
    clientAuthentication: ['private_key_jwt'],
    requiredParameters: ['code'],
    assertion: { audiences: (request) => [requestHostname(request)], requiredClaims: ['iss', 'jti'] },
    scopeFrom: { assertionClaim: 'scopes' },
    scopeRequired: true,
    tokenPrefix: 'ps',
    wording: PLANSOURCE_TOKEN_WORDING,
    answers: {
      contentType: 'application/json; charset=utf-8',
      success: (issued) => ({ access_token: issued.token, token_type: 'bearer', expires_in: expiresIn(issued), scope: issued.claims.scopes.join(' ') }),
    },
  })
}
