import type { ErrorKind } from '../errors/error-kind.ts'

/**
 * Every error name PlusAuth's error page lists, with the kind a client should see.
 *
 * The kind follows the HTTP status except where the name says more: `missing_scope` and
 * `unauthorized_user` arrive as 401 but mean "this token is known and not allowed", so a new
 * token of the same client cannot fix them (forbidden, not auth).
 *
 * @example
 * PLUSAUTH_ERROR_KINDS.already_exists // 'conflict'
 * @see https://docs.plusauth.com/api/core/errors
 */
export const PLUSAUTH_ERROR_KINDS = {
  invalid_request: 'validation',
  unsupported_view_template: 'validation',
  plan_limit_exceeded: 'payment-required',
  invalid_audience: 'auth',
  invalid_issuer: 'auth',
  invalid_authorization_scheme: 'auth',
  missing_scope: 'forbidden',
  missing_token: 'auth',
  unauthorized_user: 'forbidden',
  entity_not_found: 'not-found',
  already_exists: 'conflict',
  invalid_entity: 'validation',
  too_many_requests: 'rate-limited',
  server_error: 'server',
} as const satisfies Record<string, ErrorKind>

/** One error name from PlusAuth's page. */
export type PlusAuthErrorName = keyof typeof PLUSAUTH_ERROR_KINDS

/**
 * Whether a name is one PlusAuth's page lists.
 *
 * @example
 * isPlusAuthErrorName('missing_token') // true
 * isPlusAuthErrorName('invalid_token') // false
 */
export function isPlusAuthErrorName(name: unknown): name is PlusAuthErrorName {
  return typeof name === 'string' && Object.hasOwn(PLUSAUTH_ERROR_KINDS, name)
}
