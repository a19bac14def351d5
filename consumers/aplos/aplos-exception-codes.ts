import type { ErrorKind } from '../errors/error-kind.ts'

/** What a client does with one Aplos exception code. */
export interface AplosCodeMeaning {
  /** The code's name in Aplos's table. */
  readonly name: string
  readonly kind: ErrorKind
  /** Whether a new token can fix it: the client then fetches one and retries, once. */
  readonly refreshToken?: true
}

/**
 * Every exception code Aplos's error page lists, with the kind a client should see.
 *
 * Our choices (the page gives a name and a sentence per code, nothing more):
 * - 1001–1005 are `auth`: the client or its token is not accepted.
 * - 1006 "Client Unauthorized" and 3000 "Unauthorized" are `forbidden`: the token is fine, the
 *   client is not allowed that data; a new token cannot change it.
 * - 3001 "Not Available" is `not-found`; 3002 and every 4xxx are `validation`; 5000 is `server`.
 * - A refresh is tried on 1004 "Expired Token" and on 1002 "Missing Token" when a token was sent
 *   (Aplos "could not locate" it, which is how a token it has purged looks). Not on 1003: a
 *   revoked token was revoked on purpose, and the caller should hear about it.
 *
 * @example
 * APLOS_EXCEPTION_CODES[1004] // { name: 'Expired Token', kind: 'auth', refreshToken: true }
 * @see https://www.aplos.com/api/error-handling
 */
export const APLOS_EXCEPTION_CODES: Readonly<Record<number, AplosCodeMeaning>> = {
  1001: { name: 'Client Disabled', kind: 'auth' },
  1002: { name: 'Missing Token', kind: 'auth', refreshToken: true },
  1003: { name: 'Revoked Token', kind: 'auth' },
  1004: { name: 'Expired Token', kind: 'auth', refreshToken: true },
  1005: { name: 'Client Invalid', kind: 'auth' },
  1006: { name: 'Client Unauthorized', kind: 'forbidden' },
  3000: { name: 'Unauthorized', kind: 'forbidden' },
  3001: { name: 'Not Available', kind: 'not-found' },
  3002: { name: 'Missing Input', kind: 'validation' },
  4000: { name: 'Invalid Data', kind: 'validation' },
  4001: { name: 'Required Data', kind: 'validation' },
  4002: { name: 'Invalid Data Format', kind: 'validation' },
  4003: { name: 'Invalid Data Length Minimum', kind: 'validation' },
  4004: { name: 'Invalid Data Length Maximum', kind: 'validation' },
  4005: { name: 'Lines Out of Balance', kind: 'validation' },
  4006: { name: 'Lines Do Not Sum', kind: 'validation' },
  4007: { name: 'Invalid Account Type', kind: 'validation' },
  4008: { name: 'Date is in a closed period', kind: 'validation' },
  5000: { name: 'Service Error', kind: 'server' },
}

/**
 * The code ranges the page names, for codes it does not list yet. "Access: 3000 – 3999" has no
 * entry: its codes mean forbidden, not found or missing input, so the HTTP status decides.
 */
export const APLOS_CODE_RANGES: ReadonlyArray<{ readonly from: number; readonly to: number; readonly kind: ErrorKind }> = [
  { from: 1000, to: 1999, kind: 'auth' },
  { from: 4000, to: 4999, kind: 'validation' },
  { from: 5000, to: 5999, kind: 'server' },
]

/**
 * HTTP statuses more precise than any code: the page lists no code for a wrong HTTP method, so a
 * 405 is `method-not-allowed` whatever code its body carries.
 */
export const APLOS_STATUS_KINDS: Readonly<Record<number, ErrorKind>> = {
  405: 'method-not-allowed',
}

/**
 * Aplos sends codes as numbers; a numeric string is read the same way.
 *
 * @example
 * aplosCodeNumber('1004') // 1004
 * aplosCodeNumber('E1') // undefined
 */
export function aplosCodeNumber(code: string | number | null): number | undefined {
  if (typeof code === 'number') return Number.isInteger(code) ? code : undefined
  if (typeof code === 'string' && /^\d+$/.test(code.trim())) return Number(code.trim())
  return undefined
}

/**
 * The kind of an Aplos error: a status listed in {@link APLOS_STATUS_KINDS}, else the code's
 * table entry, else its range, else undefined (the caller falls back to the HTTP status).
 *
 * @example
 * aplosErrorKind(3001, 422) // 'not-found'
 * aplosErrorKind(3001, 405) // 'method-not-allowed'
 * aplosErrorKind(4099, 422) // 'validation' (range)
 */
export function aplosErrorKind(code: string | number | null, status: number): ErrorKind | undefined {
  const byStatus = APLOS_STATUS_KINDS[status]
  if (byStatus !== undefined) return byStatus
  const number = aplosCodeNumber(code)
  if (number === undefined) return undefined
  return APLOS_EXCEPTION_CODES[number]?.kind ?? APLOS_CODE_RANGES.find((range) => number >= range.from && number <= range.to)?.kind
}
