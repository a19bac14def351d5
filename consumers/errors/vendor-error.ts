import { RETRYABLE_KINDS, type ErrorKind } from './error-kind.ts'

/** What was wrong with an error body that did not look the way the vendor documents it. */
export type BodyProblem = 'empty' | 'not-json' | 'wrong-content-type' | 'unexpected-shape'

/** The request that failed, as it may be logged: no credentials, no query secrets. */
export interface FailedRequest {
  readonly method: string
  readonly url: string
}

/** Everything a {@link VendorError} is built from. */
export interface VendorErrorInit {
  vendor: string
  status: number
  statusText?: string
  code: string | number | null
  vendorMessage: string | null
  kind: ErrorKind
  retryAfterMs?: number | undefined
  field?: string | undefined
  contentType?: string | null
  rawBody: string
  data?: unknown
  bodyProblem?: BodyProblem | undefined
  request: FailedRequest
  cause?: unknown
}

/**
 * The one error every vendor client throws, whatever the vendor's envelope looked like.
 *
 * A response that is not what the doc promises (HTML from a proxy, empty, truncated JSON)
 * still becomes a `VendorError`: `bodyProblem` says what was wrong and `rawBody` keeps the text.
 *
 * @example
 * try { await client.getEmployee('9') } catch (error) {
 *   if (isVendorError(error) && error.kind === 'not-found') return null
 *   throw error
 * }
 * @see ../../README.md#error-model
 */
export class VendorError extends Error {
  override readonly name = 'VendorError' as const
  readonly vendor: string
  /** HTTP status; 0 when no HTTP answer arrived. */
  readonly status: number
  /** The vendor's machine-readable code or error name, as the vendor sent it. */
  readonly code: string | number | null
  /** The vendor's human-readable message; its wording may change at any time. */
  readonly vendorMessage: string | null
  readonly kind: ErrorKind
  /** Whether sending the same request again, later, can help. */
  readonly retryable: boolean
  /** How long the vendor asks us to wait before retrying, when it says. */
  readonly retryAfterMs: number | undefined
  /** The request field the vendor blames, when it names one. */
  readonly field: string | undefined
  readonly contentType: string | null
  /** The response body exactly as received. */
  readonly rawBody: string
  /** The parsed JSON body, or undefined when it was not JSON. */
  readonly data: unknown
  readonly bodyProblem: BodyProblem | undefined
  readonly request: FailedRequest

  constructor(init: VendorErrorInit) {
    super(formatVendorErrorMessage(init), init.cause === undefined ? undefined : { cause: init.cause })
    this.vendor = init.vendor
    this.status = init.status
    this.code = init.code
    this.vendorMessage = init.vendorMessage
    this.kind = init.kind
    this.retryable = RETRYABLE_KINDS.has(init.kind)
    this.retryAfterMs = init.retryAfterMs
    this.field = init.field
    this.contentType = init.contentType ?? null
    this.rawBody = init.rawBody
    this.data = init.data
    this.bodyProblem = init.bodyProblem
    this.request = init.request
  }
}

/**
 * The one message format of every vendor error: `[GET] "url": 404 Not Found (vendor code: message)`.
 *
 * @example
 * formatVendorErrorMessage(init) // '[GET] "http://127.0.0.1:1234/eoi/subscriber/9": 404 (plansource 404: Employee not found)'
 */
export function formatVendorErrorMessage(init: VendorErrorInit): string {
  const status = init.status === 0 ? 'no response' : `${init.status}${init.statusText ? ` ${init.statusText}` : ''}`
  const detail = [init.code === null ? null : String(init.code), init.vendorMessage].filter((part) => part !== null)
  const problem = init.bodyProblem ? `; body ${init.bodyProblem}` : ''
  return `[${init.request.method}] "${init.request.url}": ${status} (${init.vendor} ${init.kind}${detail.length ? `: ${detail.join(' ')}` : ''}${problem})`
}

/**
 * Tells a {@link VendorError} apart by its name as well as its class, so it works across module copies.
 *
 * @example
 * if (isVendorError(error) && error.retryable) await retryLater()
 */
export function isVendorError(value: unknown): value is VendorError {
  return value instanceof VendorError || (value instanceof Error && value.name === 'VendorError' && 'kind' in value)
}
