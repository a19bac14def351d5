import type { ErrorKind } from './error-kind.ts'

/** The kind an HTTP status means when the vendor's body says nothing more precise. */
const KIND_BY_STATUS: Readonly<Record<number, ErrorKind>> = {
  400: 'validation',
  401: 'auth',
  402: 'payment-required',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  415: 'validation',
  422: 'validation',
  429: 'rate-limited',
}

/**
 * Maps an HTTP status to a normalized error kind.
 *
 * @example
 * kindFromStatus(404) // 'not-found'
 * kindFromStatus(503) // 'server'
 */
export function kindFromStatus(status: number): ErrorKind {
  if (status >= 500 && status <= 599) return 'server'
  return KIND_BY_STATUS[status] ?? 'unknown'
}
