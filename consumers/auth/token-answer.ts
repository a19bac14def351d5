import { VendorError, type FailedRequest } from '../errors/vendor-error.ts'
import { isRecord } from '../http/error-envelope.ts'
import { answerLifetimeMs } from './token-lifetime.ts'

/**
 * A usable token read from a token endpoint's success answer.
 *
 * @example
 * const { token, expiresInMs }: TokenAnswer = tokenFromAnswer(answer, origin)
 */
export interface TokenAnswer {
  token: string
  /** How long the token lives, when the answer says so (a positive `expires_in`, or an `expires_at` to come). */
  expiresInMs: number | undefined
}

/**
 * Where a token answer came from, for the error of an unusable one.
 *
 * @example
 * const origin: TokenAnswerOrigin = { vendor: 'acme', request: { method: 'POST', url: redactUrl(tokenUrl) } }
 */
export interface TokenAnswerOrigin {
  vendor: string
  request: FailedRequest
  status?: number | undefined
  /** The clock an `expires_at` is read against; default `Date.now`. */
  now?: (() => number) | undefined
}

/**
 * Reads an OAuth token endpoint's 2xx answer `{"access_token", "expires_in"?}` (or `expires_at`).
 * Anything else (null, an empty body, no or an empty `access_token`) throws a {@link VendorError} of
 * `unexpected-shape` or `empty` instead of a TypeError or a request sent with `Bearer undefined`.
 *
 * @example
 * const { token, expiresInMs } = tokenFromAnswer(await this.requestToken(), { vendor: 'acme', request: { method: 'POST', url } })
 */
export function tokenFromAnswer(answer: unknown, where: TokenAnswerOrigin): TokenAnswer {
  if (isRecord(answer) && typeof answer.access_token === 'string' && answer.access_token !== '') {
    return { token: answer.access_token, expiresInMs: answerLifetimeMs(answer, (where.now ?? Date.now)()) }
  }
  throw unusableTokenAnswer(answer, where)
}

/**
 * The {@link VendorError} for a 2xx token answer that holds no usable token: the body kept as text
 * (`empty` when there was none, else `unexpected-shape`), never retried.
 *
 * @example
 * if (typeof data?.token !== 'string') throw unusableTokenAnswer(answer, { vendor: 'acme', request })
 */
export function unusableTokenAnswer(answer: unknown, where: Pick<TokenAnswerOrigin, 'vendor' | 'request' | 'status'>): VendorError {
  return new VendorError({
    vendor: where.vendor,
    status: where.status ?? 200,
    code: null,
    vendorMessage: null,
    kind: 'unknown',
    rawBody: jsonTextOrEmpty(answer),
    data: answer,
    bodyProblem: answer === undefined ? 'empty' : 'unexpected-shape',
    request: where.request,
  })
}

/**
 * The answer as JSON text again, or '' when there is none or it is nested too deep to serialize
 * (JSON.stringify recurses and throws a RangeError past a few thousand levels).
 *
 * @example
 * jsonTextOrEmpty({ token_type: 'bearer' }) // '{"token_type":"bearer"}'
 */
export function jsonTextOrEmpty(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}
