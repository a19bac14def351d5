import type { JsonValue, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'

/** Keys of Aplos's envelope that hold human-readable text. */
export const APLOS_MESSAGE_KEYS = ['message'] as const

/** The envelope version the page's examples show (it varies between `v2_0_0` and `v2_0_1`). */
const VERSION = 'v2_0_0'

/** The page's exception codes and their descriptions ("Exception Codes"). */
export const APLOS_EXCEPTIONS = {
  1001: 'The client is disabled.',
  1002: 'Token could not be located.',
  1003: 'The token was revoked.',
  1004: 'The token is expired.',
  1005: 'The client id is invalid.',
  1006: 'The client is not authorized for the data requested.',
  3000: 'The client is not authorized for the resource requested.',
  3001: 'The requested resource is not available.',
  3002: 'ID is required.',
  4000: 'Invalid data (bad JSON?)',
  4001: 'Required data is missing.',
  4002: 'Data supplied is invalid: malformed or the wrong type.',
  4003: 'Data supplied is invalid: does not meet the required length (used by character data fields)',
  4004: 'Data supplied is invalid: exceeds the required length (used by character data fields)',
  4005: 'The lines provided must balance by amount and fund (e.g. the transaction lines should sum to 0.00)',
  4006: 'The lines provided must sum to the expected amount',
  4007: 'Account type is not the expected account type',
  4008: 'Provided date is in a closed period',
  5000: 'A general service error occurred.',
} as const

/** One of the documented exception codes. */
export type AplosCode = keyof typeof APLOS_EXCEPTIONS

/**
 * Aplos's error envelope `{"version","status","exception":{"message","code"}}` (the page's examples).
 * Some calls keep `data` beside the exception (the partners page's refused verification, version
 * `v2_0_1`). Assumption: Content-Type application/json (the page names none).
 *
 * @example
 * aplosError(401, 1002) // {"version":"v2_0_0","status":401,"exception":{"message":"Token could not be located.","code":1002}}
 */
export function aplosError(status: number, code: AplosCode, message?: string, extra: { data?: JsonValue; version?: string } = {}): SandboxResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json' },
    body: {
      version: extra.version ?? VERSION,
      status,
      ...(extra.data === undefined ? {} : { data: extra.data }),
      exception: { message: message ?? APLOS_EXCEPTIONS[code], code },
    },
  }
}

/**
 * A successful answer in Aplos's envelope `{"version","status","data"}` (the auth call's documented
 * shape); list answers add `meta` and `links` as the resource pages show them.
 *
 * @example
 * aplosData(200, { accounts: [] })
 */
export function aplosData(status: number, data: JsonValue, more: { meta?: JsonValue; links?: JsonValue; version?: string } = {}): SandboxResponse {
  const { version = VERSION, ...rest } = more
  return { status, headers: { 'Content-Type': 'application/json' }, body: { version, status, data, ...(rest as Record<string, JsonValue>) } }
}

/** The documented 500, with the service error code 5000. */
export function aplosServerFailure(status: number): SandboxResponse {
  return aplosError(status, 5000)
}
