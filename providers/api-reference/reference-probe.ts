/** A request a probe sends to a sandbox: JSON in `body`, or a form in `form` (token requests). */
export interface ProbeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The path from the host root, with values filled in. */
  path: string
  query?: Record<string, string>
  body?: unknown
  form?: Record<string, string>
  headers?: Record<string, string>
}

/** What the sandbox answered. */
export interface ProbeAnswer {
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON, or undefined. */
  json: unknown
}

/** Sends one probe request to the sandbox under test, relative to its base URL. */
export type SendProbe = (request: ProbeRequest) => Promise<ProbeAnswer>

/**
 * A vendor's probes of its reference sandbox, written by hand from the vendor's API reference: how
 * the vendor's own SDK or example obtains a token, and one valid request per operation the suite
 * uses. A probe may take a list the reference records (enum values) from `api-reference.json`:
 * probes check the sandbox against the reference, and a sandbox never reads it. The shared test sends them, checks each against
 * `api-reference.json` with the conformance check, and expects the success status the reference
 * gives, so a sandbox that refuses what the vendor accepts fails it.
 *
 * @example
 * export const referenceProbes: ReferenceProbes = {
 *   authorize: async (send, baseUrl) => ({ Authorization: `Bearer ${(await send({ method: 'POST', path: '/oauth/token', form: { … } })).json.access_token}` }),
 *   valid: [{ operation: 'getOrder', request: { method: 'GET', path: '/v1/orders/1' } }],
 * }
 */
export interface ReferenceProbes {
  /**
   * Obtains a token exactly as the vendor's own SDK or example does (pointed at `baseUrl`), and
   * returns the headers an API call then carries.
   */
  authorize(send: SendProbe, baseUrl: string): Promise<Record<string, string>>
  /** Valid requests, sent in order with the authorization headers; a function builds its request from earlier answers. */
  valid: Array<{ operation: string; request: ProbeRequest | ((earlier: ProbeAnswer[]) => ProbeRequest) }>
}
