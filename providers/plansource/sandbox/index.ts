import { authorization } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { API_PREFIX, planSourceRoutes, routeNotFound } from './api-routes.ts'
import { planSourceDemoClients } from './demo-clients.ts'
import { PLANSOURCE_MESSAGE_KEYS, planSourceFailure, planSourceServerFailure } from './envelope.ts'
import { planSourceStore } from './plansource-store.ts'
import { issueToken, type PlanSourceTokenClaims } from './token-endpoint.ts'

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
  const { clients, credentials } = planSourceDemoClients()
  const tokens = tokenStore<PlanSourceTokenClaims>(now)
  const store = planSourceStore()

  const handle = (request: SandboxRequest): SandboxResponse | Promise<SandboxResponse> => {
    if (request.path === '/oauth/v2/token' && request.method === 'POST') return issueToken(request, { clients, tokens, now })
    const denied = checkBearer(request)
    if (denied) return denied
    if (!request.path.startsWith(`${API_PREFIX}/`)) return routeNotFound(request)
    const match = planSourceRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    if (match.kind !== 'found') return routeNotFound(request)
    return match.route.handle(request, match.params, store)
  }

  // Documented: a missing token is a 403 "Forbidden"; an outdated one a 401 "Signature has expired".
  // Assumption: the token is checked before the route, and an unknown token is a 401 like an expired one.
  function checkBearer(request: SandboxRequest): SandboxResponse | undefined {
    const auth = authorization(request)
    if (!auth || auth.credentials === '' || auth.scheme.toLowerCase() !== 'bearer') return planSourceFailure(403, 'Forbidden', null, { withData: true })
    const lookup = tokens.lookup(auth.credentials)
    if (lookup.state === 'expired') return planSourceFailure(401, 'Signature has expired', 'invalid_token', { withData: true })
    if (lookup.state === 'unknown') return planSourceFailure(401, 'Signature verification failed', 'invalid_token', { withData: true })
    return undefined
  }

  return startSandboxServer({ vendor: 'plansource', handle, failure: planSourceServerFailure, messageKeys: PLANSOURCE_MESSAGE_KEYS, credentials }, options)
}
