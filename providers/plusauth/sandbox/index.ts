import { bearerToken, type BearerCheck } from '../../sandbox-kit/oauth/bearer-token.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { API_PREFIX, plusAuthRoutes } from './api-routes.ts'
import { PLUSAUTH_MESSAGE_KEYS, plusAuthError, plusAuthServerFailure, type PlusAuthErrorName } from './envelope.ts'
import { DEFAULT_TENANT, tenantOf } from './tenant-of.ts'
import { plusAuthTenants } from './tenants.ts'
import { plusAuthTokenEndpoint, type PlusAuthClaims } from './token-endpoint.ts'

/** How an API call without a valid bearer token is answered: the page's names, and RFC 6750's `invalid_token` for one it does not name. */
const BEARER_REFUSED: Record<Exclude<BearerCheck<unknown>['state'], 'valid'>, PlusAuthErrorName> = {
  missing: 'missing_token',
  'wrong-scheme': 'invalid_authorization_scheme',
  unknown: 'invalid_token',
  expired: 'invalid_token',
}

/**
 * Starts a reference sandbox that behaves as PlusAuth's management API is documented to: tenants by
 * host or `X-PlusAuth-Tenant`, `POST /oauth2/token`, bearer tokens checked for scheme, issuer
 * (tenant), audience and scope, users and views, and the errors of the "Rest API Errors Reference".
 * The management API's audience is the tenant's URL followed by `/api/`, as PlusAuth's token example
 * asks for it: `https://{tenant}.plusauth.com/api/`, or the address the sandbox is reached at
 * (`http://127.0.0.1:<port>/api/`); a token for the API base `/api/v1` answers `invalid_audience`.
 *
 * @example
 * const sandbox = await startSandbox()
 * await fetch(`${sandbox.url}/api/v1/users/usr_1`) // 401 missing_token
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const tenants = plusAuthTenants(now)
  const tokens = tokenStore<PlusAuthClaims>(now)
  const issueToken = plusAuthTokenEndpoint({ tenants, tokens })

  const handle = (request: SandboxRequest): SandboxResponse | Promise<SandboxResponse> => {
    const tenantName = tenantOf(request)
    if (request.path === '/oauth2/token' && request.method === 'POST') return issueToken(request)
    // Assumption: anything outside the management API is an unknown resource.
    if (!request.path.startsWith(`${API_PREFIX}/`)) return plusAuthError('entity_not_found')
    const bearer = bearerToken(request, tokens)
    if (bearer.state !== 'valid') return plusAuthError(BEARER_REFUSED[bearer.state])
    const claims = bearer.issued.claims
    const tenant = tenants.get(tenantName)
    if (claims.tenant !== tenant.name) return plusAuthError('invalid_issuer')
    if (!isTenantAudience(claims.audience ?? '', tenant.audience, request)) return plusAuthError('invalid_audience')
    const client = tenants.clients.get(claims.clientId)!
    if (!tenants.allowRequest(tenant.name, client)) return plusAuthError('too_many_requests')
    const match = plusAuthRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    // Assumption: an unknown route or method is an unknown resource (the docs list no 405).
    if (match.kind !== 'found') return plusAuthError('entity_not_found')
    if (!claims.scopes.includes(match.route.scope)) return plusAuthError('missing_scope')
    const holder = claims.userId === undefined ? undefined : tenant.users.get(claims.userId)
    if (match.route.changes && holder?.role === 'member') return plusAuthError('unauthorized_user')
    return match.route.handle(request, match.params, tenant)
  }

  const credentials = {
    ...tenants.clients.credentials,
    audience: tenants.get(DEFAULT_TENANT).audience,
    memberUsername: tenants.member.username,
    memberPassword: tenants.member.password,
  }
  return startSandboxServer({ vendor: 'plusauth', handle, failure: plusAuthServerFailure, messageKeys: PLUSAUTH_MESSAGE_KEYS, credentials }, options)
}

/**
 * Whether a token's audience names this tenant's management API: the tenant's own audience, or
 * `/api/` on the host the request was sent to (how the vendor's example builds it from the URL it
 * was given). Anything else, `/api/v1` included, is another audience.
 *
 * @example
 * isTenantAudience('http://127.0.0.1:4000/api/', 'https://reference.plusauth.com/api/', { headers: { host: '127.0.0.1:4000' } }) // true
 */
export function isTenantAudience(audience: string, tenantAudience: string, request: Pick<SandboxRequest, 'headers'>): boolean {
  if (audience === tenantAudience) return true
  let url: URL
  try {
    url = new URL(audience)
  } catch {
    return false
  }
  const host = request.headers.host
  return host !== undefined && url.host === host.toLowerCase() && url.pathname === '/api/' && url.search === '' && url.hash === '' && url.username === ''
}
