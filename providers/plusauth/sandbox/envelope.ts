import type { SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'

/** Keys of PlusAuth's envelope that hold human-readable text. */
export const PLUSAUTH_MESSAGE_KEYS = ['error_description'] as const

/** The documented error names, their statuses and descriptions (the "PlusAuth Error Responses" table). */
export const PLUSAUTH_ERRORS = {
  invalid_request: [400, 'The request was unacceptable, probably because of wrong parameter.'],
  unsupported_view_template: [400, 'Unsupported view template provided.'],
  plan_limit_exceeded: [402, 'You exceeded the limit of your subscription plan for provided operation. Consider upgrading your plan.'],
  invalid_audience: [401, 'Incorrect audience is used in access token.'],
  invalid_issuer: [401, 'Access token is meant to be used for another tenant.'],
  invalid_authorization_scheme: [401, "Wrong authorization scheme is used. It must be 'Bearer'."],
  missing_scope: [401, 'Required scope (permission) is missing in token.'],
  missing_token: [401, 'Authorization token is not provided.'],
  unauthorized_user: [401, 'User is not authorized for the action/tenant.'],
  entity_not_found: [404, "Requested resource doesn't exist."],
  already_exists: [409, 'Provided resource already exists.'],
  invalid_entity: [422, 'The request was unacceptable, probably because of an incorrect or missing parameter.'],
  too_many_requests: [429, 'Too many requests received. For more details have a look at to Rate Limits'],
  server_error: [500, 'Something is wrong at PlusAuth. These errors are extremely rare and will be resolved in the soonest time.'],
  // Assumption: the table names no error for an unknown or expired token; RFC 6750's name is used.
  invalid_token: [401, 'Access token is invalid or expired.'],
} as const satisfies Record<string, readonly [number, string]>

/** One of the error names above. */
export type PlusAuthErrorName = keyof typeof PLUSAUTH_ERRORS

/**
 * PlusAuth's error structure `{"error","error_description","status"}` (Content-Type application/json,
 * as the page says). `status` is sent as a string, as the page's structure writes it
 * (`"status": "<STATUS_CODE>"`, quoted); the official SDK types it as a number instead, a reading
 * this sandbox does not answer (our reading of the quotes, not the vendor's word).
 *
 * @example
 * plusAuthError('entity_not_found') // 404 {"error":"entity_not_found",...,"status":"404"}
 */
export function plusAuthError(name: PlusAuthErrorName, description?: string): SandboxResponse {
  const [status, documented] = PLUSAUTH_ERRORS[name]
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: { error: name, error_description: description ?? documented, status: String(status) },
  }
}

/** The answer for a server-side failure ("5xx server_error"). */
export function plusAuthServerFailure(status: number): SandboxResponse {
  const answer = plusAuthError('server_error')
  return { ...answer, status, body: { ...(answer.body as object), status: String(status) } }
}
