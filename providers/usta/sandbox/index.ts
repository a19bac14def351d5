import { fixedWindowCounter } from '../../sandbox-kit/fixed-window-counter.ts'
import type { AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { bearerToken } from '../../sandbox-kit/oauth/bearer-token.ts'
import { mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { ustaApiClients } from './api-clients.ts'
import { API_PREFIX, ustaRoutes } from './api-routes.ts'
import { USTA_MESSAGE_KEYS, ustaError, ustaFailure } from './envelope.ts'
import { ustaTokenEndpoint } from './token-endpoint.ts'
import { ustaData } from './usta-data.ts'

/** USTA's "Rate Limiting": per caller, 10,000 calls in 5 minutes overall and 100 per endpoint, then 429. */
const REQUESTS_PER_FIVE_MINUTES = 10_000
const REQUESTS_PER_ENDPOINT_PER_FIVE_MINUTES = 100

/**
 * Starts a reference sandbox that behaves as the USTA API's "API error codes" page and USTA's DEV
 * pages describe: Cognito-style `POST /oauth2/token` with Basic client credentials, bearer tokens,
 * customers, organizations, facilities (the Facility API's create-or-update under
 * `/v1/usta-connect/facilities`, served here on the same host) and the provider search, the
 * statuses of the page's table and the codes of its code table in `{"errors":[...]}`. A 401 answers
 * in the error page's envelope; the DEV "Error Codes" page's Spring-style `{"error","error_description"}`
 * reading is not served (the catalog keeps it as a pending reading).
 *
 * @example
 * const sandbox = await startSandbox()
 * await fetch(`${sandbox.url}/v1/customer/2000000001`) // 401
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const clients = ustaApiClients()
  const tokens = tokenStore<AccessTokenClaims>(now)
  const issueToken = ustaTokenEndpoint({ clients, tokens })
  const data = ustaData()
  const window = fixedWindowCounter(5 * 60_000, now)

  const handle = async (request: SandboxRequest): Promise<SandboxResponse> => {
    if (request.path === '/oauth2/token' && request.method === 'POST') return issueToken(request)
    if (request.path !== API_PREFIX && !request.path.startsWith(`${API_PREFIX}/`)) return ustaError(404)
    const bearer = bearerToken(request, tokens)
    if (bearer.state === 'missing') return ustaError(401)
    if (bearer.state !== 'valid') return ustaError(401, 4003)
    const client = clients.get(bearer.issued.claims.clientId)!
    if (!window.take(client.id, REQUESTS_PER_FIVE_MINUTES).allowed) return ustaError(429)
    const match = ustaRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    if (match.kind === 'no-route') return ustaError(404)
    if (match.kind === 'method-not-allowed') return ustaError(405)
    if (!window.take(`${client.id} ${request.method} ${match.route.pattern}`, REQUESTS_PER_ENDPOINT_PER_FIVE_MINUTES).allowed) return ustaError(429)
    // Documented 415: "Request header is missing content-type (e.g. application/json)". USTA's pages ask
    // for the header on every request; whether a call without a body is refused without it is not
    // stated, so only calls that carry a body are checked.
    if (['POST', 'PUT', 'PATCH'].includes(request.method) && mediaType(request) === '') return ustaError(415)
    return match.route.handle(request, match.params, { data, client })
  }

  // The token endpoint is a path on this host; USTA's is another host (USTA_TOKEN_URL).
  const credentials = { tokenUrl: '/oauth2/token', ...clients.credentials }
  return startSandboxServer({ vendor: 'usta', handle, failure: ustaFailure, messageKeys: USTA_MESSAGE_KEYS, credentials }, options)
}
