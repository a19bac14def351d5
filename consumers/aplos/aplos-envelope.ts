import { codeOrNull, isRecord, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'
import { APLOS_EXCEPTION_CODES, aplosCodeNumber, aplosErrorKind } from './aplos-exception-codes.ts'

/**
 * Reads Aplos's error envelope `{"version","status","exception":{"message","code"}}`. Only the
 * `exception` object is required; `version` changes between releases (`v2_0_0`, `v2_0_1`) and
 * the HTTP status is known anyway.
 *
 * @example
 * parseAplosError({ version: 'v2_0_0', status: 401, exception: { message: 'Token could not be located.', code: 1002 } }, 401)
 * // { code: 1002, message: 'Token could not be located.', kind: 'auth' }
 * @see ../../providers/aplos/catalog.json
 */
export function parseAplosError(body: unknown, status: number): ParsedEnvelope | null {
  if (!isRecord(body) || !isRecord(body.exception)) return null
  const code = codeOrNull(body.exception.code)
  const message = stringOrNull(body.exception.message)
  if (code === null && message === null) return null
  return { code, message, kind: aplosErrorKind(code, status) }
}

/**
 * Whether an Aplos answer means a new token can help (1004 Expired Token, 1002 Missing Token),
 * so the client fetches one and retries once. Decided by code alone: the page gives no status
 * per code, so the status is not a reliable signal.
 *
 * @example
 * isAplosExpiredToken({ status: 401, code: 1004 }) // true
 * isAplosExpiredToken({ status: 401, code: 1003 }) // false: revoked on purpose
 */
export function isAplosExpiredToken(error: { status: number; code: string | number | null }): boolean {
  const number = aplosCodeNumber(error.code)
  return number !== undefined && APLOS_EXCEPTION_CODES[number]?.refreshToken === true
}
