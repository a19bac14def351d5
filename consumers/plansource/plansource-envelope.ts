import type { ErrorKind } from '../errors/error-kind.ts'
import { codeOrNull, isRecord, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'

/**
 * Reads PlanSource's documented error shapes: the API envelope
 * `{"status":"failure","errors":{"http_status","message","details","error_code"}}` (the error page
 * always shows `details` and `error_code`; the Admin API's OpenAPI examples leave out `details`,
 * and `error_code` on its 403, 422 and 500), the same envelope with `errors` as a list or with
 * `http_status`/`message`/`error_code` at the top (the OpenAPI's error schemas), and the token
 * endpoint's OAuth body `{"error","error_description"}`.
 *
 * @example
 * parsePlanSourceError({ status: 'failure', errors: { http_status: 404, message: 'Employee not found', details: null, error_code: 404 } }, 404)
 * // { code: 404, message: 'Employee not found' }
 * @see ../../providers/plansource/catalog.json
 */
export function parsePlanSourceError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body)) return null
  const errors = Array.isArray(body.errors) ? body.errors[0] : body.errors
  if (isEnvelopeError(errors)) return envelope(errors)
  if (typeof body.error === 'string') return { code: body.error, message: stringOrNull(body.error_description), kind: 'auth' }
  if (body.status === 'failure' && isEnvelopeError(body)) return envelope(body)
  return null
}

/** An object holding at least one of the envelope's error keys. */
function isEnvelopeError(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && ('error_code' in value || 'http_status' in value || typeof value.message === 'string')
}

function envelope(errors: Record<string, unknown>): ParsedEnvelope {
  const code = codeOrNull(errors.error_code)
  return { code, message: stringOrNull(errors.message), kind: Object.hasOwn(KIND_BY_CODE, String(code)) ? KIND_BY_CODE[String(code)] : undefined }
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
