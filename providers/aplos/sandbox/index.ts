import { authorization } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { aplosApiClients } from './api-clients.ts'
import { API_PREFIX, aplosRoutes } from './api-routes.ts'
import { APLOS_MESSAGE_KEYS, aplosData, aplosError, aplosServerFailure } from './envelope.ts'
import { aplosLedger } from './ledger.ts'

/**
 * Starts a reference sandbox that behaves as Aplos's API v1 is documented to: `GET /auth/{clientId}`
 * answering a token encrypted with the client's public key, `Authorization: Bearer: <token>` (with
 * the colon), the test account's books, partner mode's optional `aplos-account-id` header, and the
 * page's envelope, statuses and exception codes.
 *
 * @example
 * const sandbox = await startSandbox()
 * await fetch(`${sandbox.url}/hermes/api/v1/accounts`) // 401, code 1002
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const clients = aplosApiClients(now)
  const ledger = aplosLedger(now)

  const handle = async (request: SandboxRequest): Promise<SandboxResponse> => {
    // Assumption: a path outside the API is a resource that is not available.
    if (!request.path.startsWith(`${API_PREFIX}/`)) return aplosError(422, 3001)
    const path = request.path.slice(API_PREFIX.length)
    const auth = /^\/auth\/([^/]+)\/?$/.exec(path)
    if (auth && request.method === 'GET') {
      const client = clients.get(auth[1]!)
      if (!client) return aplosError(401, 1005)
      if (client.disabled) return aplosError(401, 1001)
      const { encrypted, expires } = clients.issue(client.id)
      return aplosData(200, { expires, token: encrypted })
    }
    const denied = checkToken(request)
    if (typeof denied !== 'string') return denied
    const client = clients.get(denied)!
    // Partner mode: the optional aplos-account-id header names the account being accessed (every resource
    // page lists it). Assumption: one the client may not work on answers as the partners page's refusal, 422 1006.
    const accountId = request.headers['aplos-account-id']
    if (typeof accountId === 'string' && !client.accounts.has(accountId.trim()) && path.replace(/\/$/, '') !== '/partners/verify')
      return aplosError(422, 1006, 'Client is not authorized to access the given account.')
    const match = aplosRoutes.match({ method: request.method, path })
    // Documented 405 for a method the resource does not take; assumption: with code 3001, and 422 3001 for an unknown resource.
    if (match.kind === 'method-not-allowed') return aplosError(405, 3001)
    if (match.kind === 'no-route') return aplosError(422, 3001)
    return match.route.handle(request, match.params, { ledger, client })
  }

  /** The client id of a valid token, or the documented 401 for a missing, revoked or expired one. */
  function checkToken(request: SandboxRequest): string | SandboxResponse {
    const auth = authorization(request)
    // Documented: `Authorization: Bearer: <token>` (the resource pages, Aplos's C# library and Java sample). Aplos's own
    // Python sample sends `Bearer <token>` without the colon, so that is taken too; assumption: any other form cannot be located.
    if (!auth || (auth.scheme !== 'Bearer:' && auth.scheme !== 'Bearer') || auth.credentials === '') return aplosError(401, 1002)
    const token = clients.lookup(auth.credentials)
    if (!token) return aplosError(401, 1002)
    if (token.revoked) return aplosError(401, 1003)
    if (token.expiresAt <= now()) return aplosError(401, 1004)
    if (clients.get(token.clientId)?.disabled) return aplosError(401, 1001)
    return token.clientId
  }

  return startSandboxServer(
    { vendor: 'aplos', handle, failure: aplosServerFailure, messageKeys: APLOS_MESSAGE_KEYS, credentials: clients.credentials },
    options,
  )
}
