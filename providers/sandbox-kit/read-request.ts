import type { JsonValue, SandboxRequest } from './sandbox-types.ts'

/** The parsed JSON body, or the reason it could not be read. */
export type JsonBody = { ok: true; value: JsonValue } | { ok: false; problem: 'empty' | 'malformed' }

/**
 * Parses a request's body as JSON.
 *
 * @example
 * const body = jsonBody(request)
 * if (!body.ok) return badRequest()
 */
export function jsonBody(request: Pick<SandboxRequest, 'body'>): JsonBody {
  if (request.body.trim() === '') return { ok: false, problem: 'empty' }
  try {
    return { ok: true, value: JSON.parse(request.body) as JsonValue }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}

/**
 * Parses an `application/x-www-form-urlencoded` body.
 *
 * @example
 * formBody(request).get('grant_type') // 'client_credentials'
 */
export function formBody(request: Pick<SandboxRequest, 'body'>): URLSearchParams {
  return new URLSearchParams(request.body)
}

/**
 * The media type of the request, lower-cased and without parameters (`''` when absent).
 *
 * @example
 * mediaType(request) // 'application/json'
 */
export function mediaType(request: Pick<SandboxRequest, 'headers'>): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * Splits an `Authorization` header into its scheme and credentials, keeping the scheme as sent
 * (Aplos's `Bearer:` keeps its colon).
 *
 * @example
 * authorization(request) // { scheme: 'Bearer', credentials: 'abc' }
 */
export function authorization(request: Pick<SandboxRequest, 'headers'>): { scheme: string; credentials: string } | undefined {
  const header = request.headers.authorization
  if (header === undefined || header.trim() === '') return undefined
  const [scheme = '', ...rest] = header.trim().split(/\s+/)
  return { scheme, credentials: rest.join(' ') }
}

/**
 * Decodes HTTP Basic credentials, or undefined when the header is not Basic.
 *
 * @example
 * basicCredentials(request) // { id: 'client', secret: 's3cret' }
 */
export function basicCredentials(request: Pick<SandboxRequest, 'headers'>): { id: string; secret: string } | undefined {
  const auth = authorization(request)
  if (!auth || auth.scheme.toLowerCase() !== 'basic') return undefined
  const decoded = Buffer.from(auth.credentials, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) }
}

// RFC 6749 section 2.3.1: client ids and secrets are form-encoded before they go into Basic.
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return value
  }
}

/**
 * The host name a request was sent to (its `Host` header without the port), e.g. the audience a
 * client assertion names when the authorization server is named by its host.
 *
 * @example
 * requestHostname({ headers: { host: '127.0.0.1:8080' } }) // '127.0.0.1'
 */
export function requestHostname(request: Pick<SandboxRequest, 'headers'>): string {
  try {
    return new URL(`http://${request.headers.host ?? ''}`).hostname
  } catch {
    return ''
  }
}
