import { VendorError, type FailedRequest } from '../errors/vendor-error.ts'
import { isRecord } from '../http/error-envelope.ts'

/** A usable token read from a token endpoint's success answer. */
export interface TokenAnswer {
  token: string
  /** How long the token lives, when the answer says so (a positive `expires_in`, in seconds). */
  expiresInMs: number | undefined
}

/**
 * Reads an OAuth token endpoint's 2xx answer `{"access_token", "expires_in"?}`. Anything else
 * (null, an empty body, no or an empty `access_token`) throws a {@link VendorError} of
 * `unexpected-shape` or `empty` instead of a TypeError or a request sent with `Bearer undefined`.
 *
 * @example
 * const { token, expiresInMs } = tokenFromAnswer(await this.requestToken(), { vendor: 'usta', request: { method: 'POST', url } })
 */
export function tokenFromAnswer(answer: unknown, where: { vendor: string; request: FailedRequest; status?: number }): TokenAnswer {
  if (isRecord(answer) && typeof answer.access_token === 'string' && answer.access_token !== '') {
    const seconds = answer.expires_in
    const expiresInMs = typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined
    return { token: answer.access_token, expiresInMs }
  }
  throw new VendorError({
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
