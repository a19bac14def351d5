import type { SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'

/** Keys of USTA's envelope that hold human-readable text ("the text for an error message may change"). */
export const USTA_MESSAGE_KEYS = ['message'] as const

/** The page's "HTTP Status Codes" table: the description is the message when an error has no code. */
export const USTA_STATUS_TEXT: Record<number, string> = {
  400: 'The request was invalid or cannot be otherwise served',
  401: 'Missing or incorrect authentication credentials',
  403: 'The request is understood, but it has been refused or access is not allowed',
  404: 'The requested resource does not exist',
  405: 'The method received in the request-line is known by the origin server but not supported by the target resource',
  // A later version of the page adds 429 "Too many requests"; 409 (answered only by the older facility
  // create) is our assumption, with assumed wording.
  409: 'The request conflicts with the current state of the resource',
  415: 'Request header is missing content-type (e.g. application/json)',
  429: 'Too many requests',
  500: 'Unspecified server error',
}

/** The page's "Error Codes" table: code and message. */
export const USTA_CODES = {
  2006: 'entity saving error',
  200601: 'entity saving error: USPTA number must be unique',
  200602: 'entity saving error: PTR number must be unique',
  3001: 'entity not found',
  3002: 'entity already exists',
  4003: 'authentication token is invalid',
  4004: 'authentication error',
  4005: 'backend system token is invalid',
  4006: 'access denied',
  5000: 'validation error',
  5001: 'illegal combination of method arguments',
  5002: 'entity id is empty',
  5003: 'unknown identifier error',
  5004: 'no remaining amount',
  6001: 'empty client org',
  6002: 'empty password',
  6003: 'invalid client grant type',
  6004: 'invalid client profile',
  6005: 'invalid client scope set',
  6006: 'new password not match',
  6007: 'wrong password',
  9001: 'unexpected system error',
  9002: 'HTTP message not readable error',
  9003: 'mail trigger error',
} as const

/** One of the documented error codes. */
export type UstaCode = keyof typeof USTA_CODES

/**
 * USTA's error answer `{"errors":[{"errorCode","message","subject"?,"subjectType"?}]}`. Without a
 * code, the error carries only the status's description from the page's table (the page: "If an
 * error response is not listed in the table ... fall back to examining the HTTP status codes").
 * Assumption: the page's bare `{"errorCode","message"}` in its "API Responses" table is the
 * exception; the sandbox always wraps, as the "Error Messages" section and code table do.
 *
 * @example
 * ustaError(404, 3001) // {"errors":[{"errorCode":3001,"message":"entity not found"}]}
 * ustaError(405) // {"errors":[{"message":"The method received ..."}]}
 */
export function ustaError(status: number, code?: UstaCode, subject?: { subject: string; subjectType: string }): SandboxResponse {
  const error = code === undefined ? { message: USTA_STATUS_TEXT[status] ?? 'Error' } : { errorCode: code, message: USTA_CODES[code], ...subject }
  return { status, headers: { 'Content-Type': 'application/json' }, body: { errors: [error] } }
}

/** The answer for an armed failure: with the vendor code when one was given. */
export function ustaFailure(status: number, code?: string | number): SandboxResponse {
  const known = code !== undefined && Number(code) in USTA_CODES ? (Number(code) as UstaCode) : undefined
  return ustaError(status, known)
}
