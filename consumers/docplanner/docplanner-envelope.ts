import { isRecord, type ParsedEnvelope } from '../http/error-envelope.ts'

/**
 * The content type Docplanner's error page promises on every error answer.
 *
 * @example
 * DOCPLANNER_ERROR_CONTENT_TYPE // 'application/vnd.error+docplanner+json'
 * @see https://integrations.docplanner.com/guide/fundamentals/errors.html
 */
export const DOCPLANNER_ERROR_CONTENT_TYPE = 'application/vnd.error+docplanner+json'

/**
 * The `Accept` header Docplanner's API reference gives its calls: its success type, then its error type.
 *
 * @example
 * http.send({ method: 'GET', path, headers: { Accept: DOCPLANNER_ACCEPT } })
 */
export const DOCPLANNER_ACCEPT = 'application/vnd.docplanner+json; charset=UTF-8, application/vnd.error+docplanner+json'

/**
 * Reads Docplanner's error body `{"message": string, "errors": string[]}` (both optional).
 *
 * The error page shows no body: this shape is the `Error` model of Docplanner's official PHP SDK,
 * an assumption recorded in the catalog. Docplanner has no machine-readable code, so `code` is
 * always null and the kind comes from the HTTP status. It names no invalid field either (the
 * `errors` strings are free text), so `field` stays undefined.
 *
 * @example
 * parseDocplannerError({ message: 'Resource has not been found', errors: [] })
 * // { code: null, message: 'Resource has not been found' }
 * @see ../../providers/docplanner/catalog.json
 */
export function parseDocplannerError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body)) return null
  const { message, errors } = body
  const hasMessage = typeof message === 'string'
  const hasErrors = Array.isArray(errors) && errors.every((item) => typeof item === 'string')
  if (!hasMessage && !hasErrors) return null
  if (message !== undefined && message !== null && !hasMessage) return null
  if (errors !== undefined && errors !== null && !hasErrors) return null
  return { code: null, message: hasMessage ? message : null }
}

/**
 * Docplanner answers a rejected token with 401 and no code; any 401 may mean an expired token,
 * so the client refreshes its token and tries again, once (VendorHttp enforces the once).
 *
 * @example
 * isDocplannerExpiredToken({ status: 401 }) // true
 */
export function isDocplannerExpiredToken(error: { status: number }): boolean {
  return error.status === 401
}

/**
 * The `errors` strings of a Docplanner error body, or an empty list when it has none.
 *
 * @example
 * docplannerErrorList(error.data) // ['slots[0].start: This value is not a valid datetime.']
 */
export function docplannerErrorList(body: unknown): string[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return []
  return body.errors.filter((item): item is string => typeof item === 'string')
}
