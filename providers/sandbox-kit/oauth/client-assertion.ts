import { verify, type KeyObject } from 'node:crypto'
import { refused, type Refused } from './oauth-refusals.ts'

/**
 * The `client_assertion_type` of a JWT client assertion (RFC 7523 section 2.2).
 *
 * @example
 * parameters.get('client_assertion_type') === JWT_BEARER_ASSERTION_TYPE
 */
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * What a client assertion must carry to be taken.
 *
 * @example
 * const expected: AssertionExpectations = { now: Date.now(), audiences: [requestHostname(request)], requiredClaims: ['iss', 'jti'] }
 */
export interface AssertionExpectations {
  /** The moment (epoch ms) `exp` must lie after. */
  now: number
  /** The audiences the endpoint answers to; `aud` (a string or a list) must name one of them. */
  audiences: readonly string[]
  /** Claims that must be present (non-empty strings) besides `sub`, `exp` and `aud`, e.g. `['iss', 'jti']`. */
  requiredClaims: readonly string[]
}

/**
 * A checked assertion: the client it authenticates (its `sub`) and every claim it carries.
 *
 * @example
 * if (check.ok) clients.get(check.clientId)
 */
export type AssertionCheck = { ok: true; clientId: string; claims: Record<string, unknown> } | Refused

/**
 * Checks a JWT client assertion as RFC 7523 section 3 asks: three segments, signed RS256 by the key
 * of the client that `sub` names, `exp` in the future, the required claims present, and `aud` one
 * of the endpoint's audiences. Checked in that order, so the first problem found is the one answered.
 *
 * @example
 * checkClientAssertion(jwt, (id) => clients.get(id)?.publicKey, { now: Date.now(), audiences: ['127.0.0.1'], requiredClaims: ['iss', 'jti'] })
 */
export function checkClientAssertion(assertion: string, keyOf: (clientId: string) => KeyObject | undefined, expected: AssertionExpectations): AssertionCheck {
  const segments = assertion.split('.')
  if (segments.length !== 3) return refused('assertion-malformed')
  const [header, payload, signature] = segments as [string, string, string]
  const claims = decodeSegment(payload)
  if (!claims || decodeSegment(header)?.alg !== 'RS256') return refused('assertion-unreadable')
  const clientId = typeof claims.sub === 'string' ? claims.sub : ''
  const key = keyOf(clientId)
  if (!key) return refused('client-unauthenticated')
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) return refused('assertion-signature-invalid')
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= expected.now) return refused('assertion-expired')
  const missing = expected.requiredClaims.find((claim) => typeof claims[claim] !== 'string' || claims[claim] === '')
  if (missing !== undefined) return refused('assertion-claim-missing', missing)
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.some((audience) => typeof audience === 'string' && expected.audiences.includes(audience)))
    return refused('assertion-audience-wrong', expected.audiences.join(' or '))
  return { ok: true, clientId, claims }
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
