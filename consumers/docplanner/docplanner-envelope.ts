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
 * Reads Docplanner's error body `{"message": string, "errors": …}` (both optional), in either of
 * the two readings its API reference gives `errors`: an array of strings (the `Error` schema,
 * and the official PHP SDK since v1.0.33), or an object keyed by the request field, each value an
 * array of strings (the reference's own 400 examples, e.g. `{"slots[1].end": ["…"]}`).
 *
 * Docplanner has no machine-readable code, so `code` is always null and the kind comes from the
 * HTTP status. A field-keyed `errors` names the field the vendor blames (its first key); the
 * array reading names none.
 *
 * @example
 * parseDocplannerError({ message: 'Object not found', errors: [] })
 * // { code: null, message: 'Object not found' }
 * parseDocplannerError({ message: 'Invalid arguments', errors: { 'slots[0].start': ['This value is not valid.'] } })
 * // { code: null, message: 'Invalid arguments', field: 'slots[0].start' }
 * @see ../../providers/docplanner/catalog.json
 */
export function parseDocplannerError(body: unknown): ParsedEnvelope | null {
  if (!isRecord(body)) return null
  const { message, errors } = body
  const hasMessage = typeof message === 'string'
  const list = isStringList(errors)
  const byField = !list && isFieldErrors(errors)
  if (!hasMessage && !list && !byField) return null
  if (message !== undefined && message !== null && !hasMessage) return null
  if (errors !== undefined && errors !== null && !list && !byField) return null
  const field = byField ? Object.keys(errors)[0] : undefined
  return { code: null, message: hasMessage ? message : null, ...(field === undefined ? {} : { field }) }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** The reference's field-keyed reading: `{"<field>": ["message", …]}`. */
function isFieldErrors(value: unknown): value is Record<string, string[]> {
  return isRecord(value) && Object.values(value).every(isStringList)
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
 * The `errors` of a Docplanner error body as strings, or an empty list when it has none: the
 * array reading as sent, the field-keyed reading flattened to `"<field>: <message>"`.
 *
 * @example
 * docplannerErrorList({ errors: ['slots[0].start: This value is not a valid datetime.'] }) // the same list
 * docplannerErrorList({ errors: { 'slots[1].end': ['Too late.'] } }) // ['slots[1].end: Too late.']
 */
export function docplannerErrorList(body: unknown): string[] {
  if (!isRecord(body)) return []
  const { errors } = body
  if (Array.isArray(errors)) return errors.filter((item): item is string => typeof item === 'string')
  if (!isRecord(errors)) return []
  return Object.entries(errors).flatMap(([field, messages]) =>
    Array.isArray(messages) ? messages.filter((item): item is string => typeof item === 'string').map((item) => `${field}: ${item}`) : [],
  )
}
