import type { IncomingHttpHeaders } from 'node:http'

/** A JSON value as a sandbox writes it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/**
 * One request as a reference sandbox sees it: the body is read whole before a handler runs.
 *
 * @example
 * const id = request.query.get('coverage_id')
 */
export interface SandboxRequest {
  method: string
  /** The decoded path without the query, e.g. `/admin/v2/eoi/subscriber/1001`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The raw body as text (empty when none was sent). */
  body: string
}

/**
 * What a sandbox handler answers. `body` is JSON unless it is a string (sent as is) or undefined (no body).
 *
 * @example
 * const answer: SandboxResponse = { status: 404, headers: { 'Content-Type': 'application/json' }, body: { error: 'entity_not_found' } }
 */
export interface SandboxResponse {
  status: number
  headers: Record<string, string>
  body?: JsonValue | string | undefined
}

/** A function that answers one request. */
export type SandboxHandler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>
