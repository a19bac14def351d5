import type { JsonValue, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'

/** Keys of PlanSource's envelopes that hold human-readable text. */
export const PLANSOURCE_MESSAGE_KEYS = ['message', 'error_description'] as const

/**
 * PlanSource's error envelope, as its "Frequently Asked Errors" page shows it:
 * `{"status":"failure","errors":{"http_status","message","details","error_code"},"data":[]}`.
 * The page leaves `data` out of its 404 and 422 examples; `withData: false` reproduces that.
 *
 * @example
 * planSourceFailure(404, 'Employee not found', 404, { withData: false })
 */
export function planSourceFailure(status: number, message: string, errorCode: string | number | null, options: { withData: boolean }): SandboxResponse {
  const body: Record<string, JsonValue> = { status: 'failure', errors: { http_status: status, message, details: null, error_code: errorCode } }
  if (options.withData) body.data = []
  // Assumption: the page shows JSON bodies but names no content type; a Rails API answers application/json.
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }
}

/** The documented 500 answer (`data: []` included, as on the page). */
export function planSourceServerFailure(status: number): SandboxResponse {
  return planSourceFailure(status, 'Internal error', null, { withData: true })
}
