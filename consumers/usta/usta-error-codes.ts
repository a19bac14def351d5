import type { ErrorKind } from '../errors/error-kind.ts'

/** What a client should make of one USTA error code. */
export interface UstaCodeMeaning {
  kind: ErrorKind
  /** The code says our access token is not valid: fetch a new one and retry, once. */
  refreshToken?: true
}

/**
 * Every code in USTA's error-code table, with the kind a client should see. The page gives no
 * HTTP status per code, so the code (which "will stay the same") decides the kind, not the status.
 *
 * Choices the page does not make: 2006, 9001 and 9003 fail inside USTA (server); 200601/200602
 * are uniqueness violations (conflict); 4005 is USTA's own backend token, not ours, so a new
 * token of ours cannot help (server, retryable later); 5004 "no remaining amount" is treated as
 * a rejected request (validation).
 *
 * @example
 * USTA_ERROR_CODES[3001] // { kind: 'not-found' }
 * @see https://ustadigital.atlassian.net/wiki/pages/viewpage.action?pageId=774406591
 */
export const USTA_ERROR_CODES: Readonly<Record<number, UstaCodeMeaning>> = {
  2006: { kind: 'server' },
  200601: { kind: 'conflict' },
  200602: { kind: 'conflict' },
  3001: { kind: 'not-found' },
  3002: { kind: 'conflict' },
  4003: { kind: 'auth', refreshToken: true },
  4004: { kind: 'auth' },
  4005: { kind: 'server' },
  4006: { kind: 'forbidden' },
  5000: { kind: 'validation' },
  5001: { kind: 'validation' },
  5002: { kind: 'validation' },
  5003: { kind: 'validation' },
  5004: { kind: 'validation' },
  6001: { kind: 'validation' },
  6002: { kind: 'validation' },
  6003: { kind: 'validation' },
  6004: { kind: 'validation' },
  6005: { kind: 'validation' },
  6006: { kind: 'validation' },
  6007: { kind: 'validation' },
  9001: { kind: 'server' },
  9002: { kind: 'validation' },
  9003: { kind: 'server' },
}

/**
 * The meaning of a code as USTA sent it (a number, or a numeric string), or undefined when the
 * table does not list it.
 *
 * @example
 * ustaCodeMeaning('4003') // { kind: 'auth', refreshToken: true }
 */
export function ustaCodeMeaning(code: string | number | null): UstaCodeMeaning | undefined {
  if (code === null || code === '') return undefined
  const number = Number(code)
  return Number.isInteger(number) && Object.hasOwn(USTA_ERROR_CODES, number) ? USTA_ERROR_CODES[number] : undefined
}
