import { fixedWindowCounter, type WindowCount } from '../../sandbox-kit/fixed-window-counter.ts'
import type { AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { bearerToken } from '../../sandbox-kit/oauth/bearer-token.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { API_PREFIX, docplannerRoutes, isWrite } from './api-routes.ts'
import { docplannerClinic } from './clinic.ts'
import { docplannerDemoClients } from './demo-clients.ts'
import { DOCPLANNER_MESSAGE_KEYS, docplannerError, docplannerServerFailure } from './envelope.ts'
import { docplannerTokenEndpoint } from './token-endpoint.ts'

/** The vendor README's rate-limit headers; X-RateLimit-Reset is ISO 8601. No Retry-After. */
function rateHeaders(count: WindowCount): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(count.limit),
    'X-RateLimit-Remaining': String(count.remaining),
    'X-RateLimit-Used': String(count.used),
    'X-RateLimit-Reset': new Date(count.resetAt).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
  }
}

/**
 * Starts a reference sandbox that behaves as Docplanner's Integrations API v3 is documented to:
 * `POST /oauth/v2/token` with Basic client credentials (or form fields, as the PHP SDK sends
 * them), bearer tokens, the test clinic, slots (`PUT` answers 201) and bookings (`POST .../book`
 * answers 200 with the booking), an hourly quota and a per-minute write limit with
 * `X-RateLimit-*` headers, successes as `application/vnd.docplanner+json`, and every error as
 * `application/vnd.error+docplanner+json` `{message, errors}`.
 *
 * @example
 * const sandbox = await startSandbox()
 * await fetch(`${sandbox.url}/api/v3/integration/facilities`) // 401
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const clients = docplannerDemoClients()
  const tokens = tokenStore<AccessTokenClaims>(now)
  const issueToken = docplannerTokenEndpoint({ clients, tokens })
  const clinic = docplannerClinic()
  const hourly = fixedWindowCounter(3_600_000, now)
  const perMinute = fixedWindowCounter(60_000, now)

  const handle = async (request: SandboxRequest): Promise<SandboxResponse> => {
    if (request.path === '/oauth/v2/token' && request.method === 'POST') return issueToken(request)
    if (!request.path.startsWith(`${API_PREFIX}/`)) return docplannerError(404)
    const bearer = bearerToken(request, tokens)
    if (bearer.state !== 'valid') return docplannerError(401)
    const client = clients.get(bearer.issued.claims.clientId)!
    const quota = hourly.take(client.id, client.hourlyQuota)
    if (!quota.allowed) return docplannerError(429, [], rateHeaders(quota))
    if (isWrite(request)) {
      const writes = perMinute.take(client.id, client.writesPerMinute)
      if (!writes.allowed) return docplannerError(429, [], rateHeaders(writes))
    }
    const match = docplannerRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    const answer =
      match.kind === 'found' ? await match.route.handle(request, match.params, clinic) : docplannerError(match.kind === 'method-not-allowed' ? 405 : 404)
    // Assumption: every API answer carries the quota headers, not only the 429.
    return { ...answer, headers: { ...rateHeaders(quota), ...answer.headers } }
  }

  return startSandboxServer(
    { vendor: 'docplanner', handle, failure: docplannerServerFailure, messageKeys: DOCPLANNER_MESSAGE_KEYS, credentials: clients.credentials },
    options,
  )
}
