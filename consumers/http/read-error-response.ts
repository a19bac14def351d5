import { kindFromStatus } from '../errors/kind-from-status.ts'
import { VendorError, type BodyProblem, type FailedRequest } from '../errors/vendor-error.ts'
import type { EnvelopeParser } from './error-envelope.ts'
import { retryHintMs } from './retry-hint.ts'

/** How one vendor's error responses are read. */
export interface ErrorReading {
  vendor: string
  parse: EnvelopeParser
  /** Content types the vendor documents for its error bodies (compared without parameters). */
  errorContentTypes: readonly string[]
}

/** Upper bound on how much of a body is kept, so a hostile response cannot exhaust memory. */
export const MAX_ERROR_BODY_CHARS = 1_000_000

/**
 * Turns any non-2xx response into a {@link VendorError}; never throws anything else.
 *
 * @example
 * if (!response.ok) throw await readErrorResponse(response, reading, { method: 'GET', url })
 */
export async function readErrorResponse(response: Response, reading: ErrorReading, request: FailedRequest): Promise<VendorError> {
  let rawBody = ''
  let readFailure: unknown
  try {
    rawBody = await readCappedText(response, MAX_ERROR_BODY_CHARS)
  } catch (error) {
    readFailure = error
  }
  return errorFromBody({ status: response.status, statusText: response.statusText, headers: response.headers, rawBody, reading, request, cause: readFailure })
}

/**
 * Reads at most `maxChars` of a body as UTF-8 (like `Response.text()`), then cancels the rest, so
 * an endless or huge error body costs the cap, not all memory until the timeout.
 *
 * @example
 * await readCappedText(new Response('x'.repeat(10)), 4) // 'xxxx'
 */
export async function readCappedText(response: Response, maxChars: number): Promise<string> {
  if (response.body === null || typeof response.body?.getReader !== 'function') return (await response.text()).slice(0, maxChars)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    text += done ? decoder.decode() : decoder.decode(value, { stream: true })
    if (done) return text.slice(0, maxChars)
    if (text.length >= maxChars) {
      await reader.cancel().catch(() => undefined)
      return text.slice(0, maxChars)
    }
  }
}

/** The parts of an HTTP answer that an error is built from. */
export interface ErrorSource {
  status: number
  statusText?: string
  headers: Headers
  rawBody: string
  reading: ErrorReading
  request: FailedRequest
  cause?: unknown
}

/**
 * Builds the typed error for an answer whose body was already read.
 *
 * @example
 * errorFromBody({ status: 502, headers, rawBody: '<html>Bad gateway</html>', reading, request }).bodyProblem // 'not-json'
 */
export function errorFromBody(source: ErrorSource): VendorError {
  const { status, headers, rawBody, reading, request } = source
  const contentType = headers.get('content-type')
  let data: unknown
  let bodyProblem: BodyProblem | undefined
  if (rawBody.trim() === '') {
    bodyProblem = 'empty'
  } else {
    try {
      data = JSON.parse(rawBody)
    } catch {
      bodyProblem = 'not-json'
    }
  }
  const parsed = data === undefined ? null : safeParse(reading.parse, data, status)
  if (data !== undefined && parsed === null) bodyProblem = 'unexpected-shape'
  if (bodyProblem === undefined && !contentTypeMatches(contentType, reading.errorContentTypes)) bodyProblem = 'wrong-content-type'
  return new VendorError({
    vendor: reading.vendor,
    status,
    statusText: source.statusText,
    code: parsed?.code ?? null,
    vendorMessage: parsed?.message ?? null,
    kind: parsed?.kind ?? kindFromStatus(status),
    field: parsed?.field,
    retryAfterMs: retryHintMs(headers),
    contentType,
    rawBody,
    data,
    bodyProblem,
    request,
    cause: source.cause,
  })
}

function safeParse(parse: EnvelopeParser, data: unknown, status: number) {
  try {
    return parse(data, status)
  } catch {
    return null
  }
}

function contentTypeMatches(contentType: string | null, expected: readonly string[]): boolean {
  if (contentType === null) return false
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
  return expected.some((type) => type.toLowerCase() === mediaType)
}
