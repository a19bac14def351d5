import type { ErrorKind } from '../errors/error-kind.ts'
import { codeOrNull, isRecord, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'

/**
 * Reads PlanSource's two documented error shapes: the API envelope
 * `{"status":"failure","errors":{"http_status","message","details","error_code"}}` and the token
 * endpoint's OAuth body `{"error","error_description"}`.
 *
 * @example
 * parsePlanSourceError({ status: 'failure', errors: { http_status: 404, message: 'Employee not found', details: null, error_code: 404 } }, 404)
 * // { code: 404, message: 'Employee not found' }
 * @see ../../providers/plansource/catalog.json
 */
export function parsePlanSourceError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body)) return null
  if (isRecord(body.errors) && 'error_code' in body.errors) {
    const code = codeOrNull(body.errors.error_code)
    return { code, message: stringOrNull(body.errors.message), kind: KIND_BY_CODE[String(code)] }
  }
  if (typeof body.error === 'string') return { code: body.error, message: stringOrNull(body.error_description), kind: 'auth' }
  return null
}

/** Error codes more precise than their HTTP status. */
const KIND_BY_CODE: Readonly<Record<string, ErrorKind>> = {
  invalid_token: 'auth',
  route_not_found: 'not-found',
}

/** PlanSource's answer to an outdated access token: refresh the token and try again, once. */
export function isPlanSourceExpiredToken(error: { status: number; code: string | number | null }): boolean {
  return error.status === 401 && error.code === 'invalid_token'
}
