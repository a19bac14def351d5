import { verify, type KeyObject } from 'node:crypto'

/** The scope PlanSource's Admin API v2 grants. */
export const ADMIN_API_SCOPE = 'admin_api_v2'

/** What checking a client assertion (RFC 7523 JWT) found. */
export type AssertionCheck =
  { ok: true; clientId: string } | { ok: false; error: 'invalid_request' | 'invalid_client' | 'invalid_scope'; description: string; status: 400 | 401 }

/**
 * Checks a signed client assertion as PlanSource's access-token guide describes it: three
 * segments, signed (RS256, as the guide's example header says) by the key of the client that
 * `sub` names (the guide: `sub` is the client id, `iss` must be present but is not used), `exp`
 * not in the past, a `jti`, `aud` the hostname of the authorization server, and a `scopes` claim
 * (space-separated) that asks for `admin_api_v2`.
 *
 * Documented: "token has expired" for an expired assertion. Assumption: every other refusal's
 * status, code and wording; the messages of malformed tokens follow ruby-jwt, which the page's
 * "Signature has expired" and the OpenAPI file's "Not enough or too many segments" come from.
 *
 * @example
 * checkClientAssertion(jwt, (id) => clients.get(id)?.publicKey, { now: Date.now(), hostname: '127.0.0.1' })
 */
export function checkClientAssertion(
  assertion: string,
  keyOf: (clientId: string) => KeyObject | undefined,
  expected: { now: number; hostname: string },
): AssertionCheck {
  const segments = assertion.split('.')
  if (segments.length !== 3) return refused(400, 'invalid_request', 'Not enough or too many segments')
  const [header, payload, signature] = segments as [string, string, string]
  const claims = decodeSegment(payload)
  const alg = decodeSegment(header)?.alg
  if (!claims || alg !== 'RS256') return refused(400, 'invalid_request', 'Invalid segment encoding')
  const clientId = typeof claims.sub === 'string' ? claims.sub : ''
  const key = keyOf(clientId)
  if (!key) return refused(401, 'invalid_client', 'Client authentication failed')
  const signed = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))
  if (!signed) return refused(401, 'invalid_client', 'Signature verification failed')
  // Documented: {"error": "invalid_request", "error_description": "token has expired"}.
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= expected.now) return refused(400, 'invalid_request', 'token has expired')
  for (const claim of ['iss', 'jti'] as const) {
    if (typeof claims[claim] !== 'string' || claims[claim] === '') return refused(401, 'invalid_client', `The ${claim} claim is required`)
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.some((audience) => audience === expected.hostname))
    return refused(401, 'invalid_client', `The aud claim must be the authorization server's hostname (${expected.hostname})`)
  if (typeof claims.scopes !== 'string') return refused(400, 'invalid_scope', 'The scopes claim is required')
  if (!claims.scopes.split(' ').includes(ADMIN_API_SCOPE)) return refused(400, 'invalid_scope', `The scopes claim must ask for ${ADMIN_API_SCOPE}`)
  return { ok: true, clientId }
}

/**
 * The host name a request was sent to (its `Host` header without the port): the audience a
 * client assertion must name.
 *
 * @example
 * requestHostname({ host: '127.0.0.1:8080' }) // '127.0.0.1'
 */
export function requestHostname(headers: { host?: string | undefined }): string {
  try {
    return new URL(`http://${headers.host ?? ''}`).hostname
  } catch {
    return ''
  }
}

function refused(status: 400 | 401, error: 'invalid_request' | 'invalid_client' | 'invalid_scope', description: string): AssertionCheck {
  return { ok: false, error, description, status }
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
