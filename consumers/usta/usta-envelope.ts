import { codeOrNull, isRecord, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'
import { ustaCodeMeaning } from './usta-error-codes.ts'

/**
 * Reads USTA's error bodies in both shapes its page shows: wrapped
 * `{"errors":[{"errorCode","message","subject"?,"subjectType"?}]}` (the first error counts) and
 * bare `{"errorCode","message"}` (its "API Responses" table). Also reads the Spring/OAuth shape
 * `{"error","error_description"}`, which the token host answers with and which USTA's DEV "Error
 * Codes" page shows for every 401 of the API (`unauthorized`, `invalid_token`, "Token expired").
 * `subject` becomes the invalid field: USTA is the one vendor that names it.
 *
 * @example
 * parseUstaError({ errors: [{ errorCode: 5000, message: 'validation error', subject: 'firstName', subjectType: 'parameter' }] }, 400)
 * // { code: 5000, message: 'validation error', field: 'firstName', kind: 'validation' }
 * @see ../../providers/usta/catalog.json
 */
export function parseUstaError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body)) return null
  if (typeof body.error === 'string') return { code: body.error, message: stringOrNull(body.error_description) }
  const first: unknown = Array.isArray(body.errors) ? body.errors[0] : body
  if (!isRecord(first)) return null
  const code = codeOrNull(first.errorCode)
  const message = stringOrNull(first.message)
  if (code === null && message === null) return null
  return { code, message, field: stringOrNull(first.subject) ?? undefined, kind: ustaCodeMeaning(code)?.kind }
}

/**
 * Whether a USTA answer means "your token is not valid": then the client fetches a new token
 * (client credentials; Cognito gives no refresh token) and retries once. True for a 401 with code
 * 4003, and for a 401 without a USTA code (a bare status, or a Spring/OAuth-style body such as
 * `{"error":"unauthorized","error_description":"Token expired"}`), since the error page says to
 * fall back to the status then, and USTA's DEV "Error Codes" page says to fetch a new token on a 401.
 *
 * @example
 * isUstaExpiredToken({ status: 401, code: 4003 }) // true
 * isUstaExpiredToken({ status: 401, code: 4005 }) // false: USTA's backend token, not ours
 */
export function isUstaExpiredToken(error: { status: number; code: string | number | null }): boolean {
  if (error.status !== 401) return false
  const meaning = ustaCodeMeaning(error.code)
  if (meaning !== undefined) return meaning.refreshToken === true
  return error.code === null || (typeof error.code === 'string' && !/^\d+$/.test(error.code))
}
