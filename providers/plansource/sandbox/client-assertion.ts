import { verify, type KeyObject } from 'node:crypto'

/** What checking a client assertion (RFC 7523 JWT) found. */
export type AssertionCheck = { ok: true; clientId: string } | { ok: false; error: 'invalid_request' | 'invalid_client'; description: string; status: 400 | 401 }

/**
 * Checks a signed client assertion: three segments, RS256, signed by the client's key, not expired.
 * The messages follow ruby-jwt, which the page's "Signature has expired" and the OpenAPI file's
 * "Not enough or too many segments" come from; the page documents only "token has expired".
 *
 * @example
 * checkClientAssertion(jwt, (id) => clients.get(id)?.publicKey, Date.now())
 */
export function checkClientAssertion(assertion: string, keyOf: (clientId: string) => KeyObject | undefined, now: number): AssertionCheck {
  const segments = assertion.split('.')
  if (segments.length !== 3) return { ok: false, error: 'invalid_request', description: 'Not enough or too many segments', status: 400 }
  const [header, payload, signature] = segments as [string, string, string]
  const claims = decodeSegment(payload)
  const alg = decodeSegment(header)?.alg
  if (!claims || alg !== 'RS256') return { ok: false, error: 'invalid_request', description: 'Invalid segment encoding', status: 400 }
  const clientId = typeof claims.iss === 'string' ? claims.iss : ''
  const key = keyOf(clientId)
  if (!key) return { ok: false, error: 'invalid_client', description: 'Client authentication failed', status: 401 }
  const signed = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))
  if (!signed) return { ok: false, error: 'invalid_client', description: 'Signature verification failed', status: 401 }
  // Documented: {"error": "invalid_request", "error_description": "token has expired"}.
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return { ok: false, error: 'invalid_request', description: 'token has expired', status: 400 }
  return { ok: true, clientId }
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
