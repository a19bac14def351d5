import type { AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { bearerToken, type BearerCheck } from '../../sandbox-kit/oauth/bearer-token.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { API_PREFIX, planSourceRoutes, routeNotFound } from './api-routes.ts'
import { planSourceDemoClients } from './demo-clients.ts'
import { PLANSOURCE_MESSAGE_KEYS, planSourceFailure, planSourceServerFailure } from './envelope.ts'
import { planSourceStore } from './plansource-store.ts'
import { planSourceTokenEndpoint } from './token-endpoint.ts'

/**
 * How an API call without a valid bearer token is answered. Documented: a missing token is a 403
 * "Forbidden"; an outdated one a 401 "Signature has expired". Assumption: the token is checked
 * before the route, and an unknown token is a 401 like an expired one.
 */
const BEARER_REFUSED: Record<Exclude<BearerCheck<unknown>['state'], 'valid'>, () => SandboxResponse> = {
  missing: () => planSourceFailure(403, 'Forbidden', null, { withData: true }),
  'wrong-scheme': () => planSourceFailure(403, 'Forbidden', null, { withData: true }),
  expired: () => planSourceFailure(401, 'Signature has expired', 'invalid_token', { withData: true }),
  unknown: () => planSourceFailure(401, 'Signature verification failed', 'invalid_token', { withData: true }),
}

/**
 * Starts a reference sandbox that behaves as PlanSource's Admin API v2 is documented to:
 * `POST /oauth/v2/token` with a signed client assertion as the access-token guide describes it,
 * bearer tokens that expire, the operations the suite calls as the Admin API's OpenAPI document
 * gives them, and the errors of the "Frequently Asked Errors" page. Written by hand from those
 * pages and the vendor README.
 *
 * @example
 * const sandbox = await startSandbox({ port: 0 })
 * await fetch(`${sandbox.url}/admin/v2/ubscriber`) // 403: no token
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const clients = planSourceDemoClients()
  const tokens = tokenStore<AccessTokenClaims>(now)
  const issueToken = planSourceTokenEndpoint({ clients, tokens, now })
  const store = planSourceStore()

  const handle = (request: SandboxRequest): SandboxResponse | Promise<SandboxResponse> => {
    if (request.path === '/oauth/v2/token' && request.method === 'POST') return issueToken(request)
    const bearer = bearerToken(request, tokens)
    if (bearer.state !== 'valid') return BEARER_REFUSED[bearer.state]()
    if (!request.path.startsWith(`${API_PREFIX}/`)) return routeNotFound(request)
    const match = planSourceRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    if (match.kind !== 'found') return routeNotFound(request)
    return match.route.handle(request, match.params, store)
  }

  return startSandboxServer(
    { vendor: 'plansource', handle, failure: planSourceServerFailure, messageKeys: PLANSOURCE_MESSAGE_KEYS, credentials: clients.credentials },
    options,
  )
}
