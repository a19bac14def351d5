import type { AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { tokenEndpoint } from '../../sandbox-kit/oauth/token-endpoint.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import { tenantOf } from './tenant-of.ts'
import type { PlusAuthTenants } from './tenants.ts'

/** What a PlusAuth access token stands for in the sandbox: the kit's claims, and the tenant that issued it. */
export type PlusAuthClaims = AccessTokenClaims & { tenant: string }

const BAD_GRANT = { error: 'unsupported_grant_type', description: 'Unsupported grant type.' } as const

/**
 * `POST /oauth2/token`: the client-credentials grant as PlusAuth's token example sends it (a form
 * with client_id, client_secret, grant_type, audience and a space-separated scope, which may be
 * empty: then the client's granted scopes), and the password grant as the Auth Plus API's page shows
 * it (client credentials too, plus username and password). Assumptions: client credentials in Basic
 * or a JSON body are taken too (no source shows them); a client-credentials request without an
 * audience is refused (every vendor sample sends one); the password grant's audience defaults to
 * the tenant's. The answer carries `access_token`, `expires_at` and `scope`, as the example's doc
 * comment names them; `expires_at` is read as epoch seconds (its unit is not stated). Refusals use
 * PlusAuth's documented error structure too (with `status` a string, as in envelope.ts).
 *
 * @example
 * const issueToken = plusAuthTokenEndpoint({ tenants, tokens })
 */
export function plusAuthTokenEndpoint(sandbox: { tenants: PlusAuthTenants; tokens: TokenStore<PlusAuthClaims> }) {
  const { tenants } = sandbox
  const tenant = (request: Parameters<typeof tenantOf>[0]) => tenants.get(tenantOf(request))
  return tokenEndpoint({
    clients: tenants.clients,
    tokens: sandbox.tokens,
    clientAuthentication: ['client_secret_basic', 'client_secret_post'],
    grants: ['client_credentials', 'password'],
    parameters: ['form', 'json'],
    audience: { fallback: (grant, request) => (grant === 'password' ? tenant(request).audience : undefined) },
    users: (username, request) => [...tenant(request).users.values()].find((user) => user.username === username && user.password !== undefined),
    claims: (request) => ({ tenant: tenant(request).name }),
    tokenPrefix: 'pa',
    wording: {
      'grant-type-missing': BAD_GRANT,
      'grant-type-unsupported': BAD_GRANT,
      'user-credentials-invalid': 'Invalid username or password.',
      'scope-not-granted': 'Requested scope is not granted to the client.',
      'audience-missing': 'audience is required.',
    },
    answers: {
      contentType: 'application/json; charset=utf-8',
      success: (issued) => ({ access_token: issued.token, expires_at: Math.floor(issued.expiresAt / 1000), scope: issued.claims.scopes.join(' ') }),
      error: (refusal) => ({ error: refusal.error, error_description: refusal.description, status: String(refusal.status) }),
    },
  })
}
