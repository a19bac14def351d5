import { fixedWindowCounter } from '../../sandbox-kit/fixed-window-counter.ts'
import { authorization, mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'
import { ustaApiClients } from './api-clients.ts'
import { API_PREFIX, ustaRoutes } from './api-routes.ts'
import { USTA_MESSAGE_KEYS, ustaError, ustaFailure } from './envelope.ts'
import { issueToken } from './token-endpoint.ts'
import { ustaData } from './usta-data.ts'

/** Assumption: the README's 5-minute window, with a limit the docs do not give. */
const REQUESTS_PER_FIVE_MINUTES = 3_000

/**
 * Starts a reference sandbox that behaves as the USTA API's "API error codes" page describes:
 * Cognito-style `POST /oauth2/token` with Basic client credentials, bearer tokens, customers,
 * organizations, facilities, coaches and client registration, the statuses of the page's table
 * and the codes of its code table in `{"errors":[...]}`.
 *
 * @example
 * const sandbox = await startUstaSandbox()
 * await fetch(`${sandbox.url}/v1/customer/2000000001`) // 401
 */
export async function startUstaSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const clients = ustaApiClients()
  const tokens = tokenStore<{ clientId: string }>(now)
  const data = ustaData()
  const window = fixedWindowCounter(5 * 60_000, now)

  const handle = async (request: SandboxRequest): Promise<SandboxResponse> => {
    if (request.path === '/oauth2/token' && request.method === 'POST') return issueToken(request, { clients, tokens })
    if (request.path !== API_PREFIX && !request.path.startsWith(`${API_PREFIX}/`)) return ustaError(404)
    const auth = authorization(request)
    if (!auth || auth.credentials === '') return ustaError(401)
    const lookup = auth.scheme.toLowerCase() === 'bearer' ? tokens.lookup(auth.credentials) : undefined
    if (lookup?.state !== 'valid') return ustaError(401, 4003)
    const client = clients.find((candidate) => candidate.id === lookup.issued.claims.clientId)!
    if (!window.take(client.id, REQUESTS_PER_FIVE_MINUTES).allowed) return ustaError(429)
    const match = ustaRoutes.match({ method: request.method, path: request.path.slice(API_PREFIX.length) })
    if (match.kind === 'no-route') return ustaError(404)
    if (match.kind === 'method-not-allowed') return ustaError(405)
    // Documented 415: "Request header is missing content-type (e.g. application/json)".
    if (['POST', 'PUT', 'PATCH'].includes(request.method) && mediaType(request) === '') return ustaError(415)
    return match.route.handle(request, match.params, { data, client })
  }

  const [main, shortLived] = clients
  const credentials = {
    clientId: main!.id,
    clientSecret: main!.secret,
    shortLivedClientId: shortLived!.id,
    shortLivedClientSecret: shortLived!.secret,
    otherProviderUaid: '2000000002',
  }
  return startSandboxServer({ vendor: 'usta', handle, failure: ustaFailure, messageKeys: USTA_MESSAGE_KEYS, credentials }, options)
}
