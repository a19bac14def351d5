/**
 * The normalized kinds every vendor error maps to, whatever the vendor calls it.
 *
 * `network` covers failures where no HTTP answer arrived at all (refused, reset, timeout).
 */
export const ERROR_KINDS = [
  'auth',
  'forbidden',
  'validation',
  'not-found',
  'method-not-allowed',
  'conflict',
  'rate-limited',
  'payment-required',
  'server',
  'network',
  'unknown',
] as const

/** One normalized error kind from {@link ERROR_KINDS}. */
export type ErrorKind = (typeof ERROR_KINDS)[number]

/** Kinds for which sending the same request again, later, can succeed. */
export const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set(['rate-limited', 'server', 'network'])
