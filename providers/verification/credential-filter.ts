import type { IncomingMessage, ServerResponse } from 'node:http'
import type { VerifierOptions } from '@pact-foundation/pact'
import { CONTRACT_CREDENTIALS } from '../../test/contract/support/contract-credentials.ts'
import type { Redactor } from './redactor.ts'
import type { RunScope } from './run-scope.ts'
import type { LiveCredentials, VerificationProfile } from './verification-profile.ts'

/** The request as pact-js's proxy hands it to a request filter (body already parsed by body-parser). */
type ProxiedRequest = IncomingMessage & { body?: unknown; path?: string }

const PLACEHOLDER_BASIC = Buffer.from(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.clientSecret}`).toString('base64')

/**
 * The pact-js `requestFilter`: swaps the contracts' placeholder credentials, and only those, for
 * live short-lived ones: `contract-access-token` for a live token (or the token a state obtained
 * for this interaction), placeholder Basic client credentials on the token endpoint for the live
 * client's, and a body-less token request for a live token-request body. Anything else passes as
 * recorded. When no live credential can be had, the interaction is marked `unavailable`.
 *
 * @example
 * new Verifier({ requestFilter: credentialFilter({ scope: () => current, profile, credentials, redactor }) })
 */
export function credentialFilter(deps: {
  scope: () => RunScope | undefined
  profile: VerificationProfile
  credentials: LiveCredentials
  redactor: Redactor
}): NonNullable<VerifierOptions['requestFilter']> {
  const filter = (request: ProxiedRequest, _response: ServerResponse, next: () => void) => {
    swapPlaceholders(request, deps).then(next, next)
  }
  return filter as unknown as NonNullable<VerifierOptions['requestFilter']>
}

async function swapPlaceholders(request: ProxiedRequest, deps: Parameters<typeof credentialFilter>[0]): Promise<void> {
  const path = request.path ?? new URL(request.url ?? '/', 'http://proxy.invalid').pathname
  if (path === '/_pactSetup' || path === '/_messages') return
  restoreBody(request)
  const scope = deps.scope()
  if (!scope) return
  const live = async <T>(what: string, get: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await get()
    } catch (error) {
      scope.markUnavailable(`no live ${what}: ${deps.redactor.redact(error instanceof Error ? error.message : String(error))}`)
      return undefined
    }
  }
  const authorization = request.headers.authorization
  if (authorization?.includes(CONTRACT_CREDENTIALS.accessToken)) {
    const token = scope.tokenOverride ?? (await live('access token', () => deps.credentials.accessToken()))
    if (token !== undefined) request.headers.authorization = authorization.replace(CONTRACT_CREDENTIALS.accessToken, token)
  }
  if (path !== deps.profile.tokenPath) return
  if (authorization?.includes(PLACEHOLDER_BASIC) && deps.credentials.clientBasic) {
    const client = await live('client credentials', () => deps.credentials.clientBasic!())
    if (client)
      request.headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64')}`
  }
  const body = request.body as Buffer
  if (request.method === 'POST' && body.length === 0) {
    const form =
      scope.tokenRequestForm ?? (deps.credentials.tokenRequestForm ? await live('token request', () => deps.credentials.tokenRequestForm!()) : undefined)
    if (form) setBody(request, Buffer.from(form.toString()), 'application/x-www-form-urlencoded')
  }
}

/**
 * Puts the request body back as bytes. Pact-js's proxy forwards a parsed body re-serialised as JSON,
 * which turns a form body into JSON text and can disagree with `Content-Length`; this is transport
 * repair, not a change to what the contract sends.
 */
function restoreBody(request: ProxiedRequest): void {
  const body = request.body
  if (Buffer.isBuffer(body)) return setBody(request, body)
  if (body === undefined || body === null) return setBody(request, Buffer.alloc(0))
  const type = (request.headers['content-type'] ?? '').toLowerCase()
  if (type.includes('x-www-form-urlencoded') && typeof body === 'object') {
    return setBody(request, Buffer.from(new URLSearchParams(body as Record<string, string>).toString()))
  }
  setBody(request, Buffer.from(JSON.stringify(body)))
}

function setBody(request: ProxiedRequest, bytes: Buffer, contentType?: string): void {
  request.body = bytes
  delete request.headers['transfer-encoding']
  if (bytes.length > 0 || request.headers['content-length'] !== undefined) request.headers['content-length'] = String(bytes.length)
  if (contentType) request.headers['content-type'] = contentType
}
