import { isRecord, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'
import { isPlusAuthErrorName, PLUSAUTH_ERROR_KINDS } from './plusauth-error-names.ts'

/**
 * Reads PlusAuth's error envelope `{"error","error_description","status"}`. Only `error` is
 * required: the page promises a description "if there is one", and `status` (a number per the
 * official SDK, a quoted placeholder on the page) is not needed since the HTTP status is known.
 * The token endpoint's OAuth answer `{"error","error_description"}` reads the same way.
 *
 * @example
 * parsePlusAuthError({ error: 'entity_not_found', error_description: "Requested resource doesn't exist.", status: 404 }, 404)
 * // { code: 'entity_not_found', message: "Requested resource doesn't exist.", kind: 'not-found' }
 * @see ../../providers/plusauth/catalog.json
 */
export function parsePlusAuthError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body) || typeof body.error !== 'string') return null
  const kind = isPlusAuthErrorName(body.error) ? PLUSAUTH_ERROR_KINDS[body.error] : undefined
  return { code: body.error, message: stringOrNull(body.error_description), kind }
}

/**
 * Whether a PlusAuth answer may mean "your token expired", so the client refreshes it and
 * retries once.
 *
 * The page lists no expired-token name, and each 401 name it does list describes something a
 * new token of the same client cannot fix (wrong audience, issuer or scheme, missing token or
 * scope, a user without rights). So a refresh is tried only on a 401 whose name is not on the
 * page (or that has no readable name): that is where an expiry answer has to be. This is our
 * choice, not the vendor's word.
 *
 * @example
 * isPlusAuthExpiredToken({ status: 401, code: 'invalid_token' }) // true: not a documented name
 * isPlusAuthExpiredToken({ status: 401, code: 'missing_scope' }) // false
 */
export function isPlusAuthExpiredToken(error: { status: number; code: string | number | null }): boolean {
  return error.status === 401 && !isPlusAuthErrorName(error.code)
}
