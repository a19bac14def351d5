import type { PactStubOptions } from './pact-stub.ts'

/** A request as it crosses the namespace boundary: path with query, headers, body bytes in base64. */
export interface WireRequest {
  method: string
  /** Path and query, e.g. `/employees/1?x=1`; the runner puts the stub's origin in front. */
  target: string
  headers: Array<[string, string]>
  bodyBase64?: string | undefined
}

/** A stub's answer as it crosses the namespace boundary: status, every header, body bytes in base64. */
export interface WireAnswer {
  status: number
  headers: Array<[string, string]>
  bodyBase64: string
}

/** What the test asks of the runner: one JSON object per line on the runner's stdin. */
export type RunnerCommand =
  | { id: number; op: 'start'; options: PactStubOptions }
  | { id: number; op: 'fetch'; stub: number; request: WireRequest }
  | { id: number; op: 'close'; stub: number }

/** The runner's reply to a command that worked: the new stub's number (start) or its answer (fetch). */
export interface RunnerSuccess {
  id: number
  stub?: number | undefined
  answer?: WireAnswer | undefined
}

/** What the runner prints back: one JSON object per line on its stdout, `id` of the command it answers. */
export type RunnerReply = RunnerSuccess | { id: number; error: string }

/** A command before the client numbers it. */
export type UnnumberedCommand = RunnerCommand extends infer C ? (C extends RunnerCommand ? Omit<C, 'id'> : never) : never

/**
 * A fetch `Request` turned into its wire form (the origin is dropped).
 *
 * @example
 * await toWireRequest(new Request('http://x.invalid/a?b=1')) // { method: 'GET', target: '/a?b=1', headers: [], bodyBase64: undefined }
 */
export async function toWireRequest(request: Request): Promise<WireRequest> {
  const url = new URL(request.url)
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer()).toString('base64')
  return { method: request.method, target: url.pathname + url.search, headers: [...request.headers], bodyBase64: body }
}

/**
 * A wire request as a fetch `Request` against a base URL.
 *
 * @example
 * fromWireRequest({ method: 'GET', target: '/a', headers: [] }, 'http://127.0.0.1:4321').url // 'http://127.0.0.1:4321/a'
 */
export function fromWireRequest(request: WireRequest, baseUrl: string): Request {
  const init: RequestInit = { method: request.method, headers: request.headers }
  if (request.bodyBase64 !== undefined) init.body = Buffer.from(request.bodyBase64, 'base64')
  return new Request(baseUrl.replace(/\/+$/, '') + request.target, init)
}

/**
 * A fetch `Response` turned into its wire form.
 *
 * @example
 * await toWireAnswer(new Response('{}', { status: 404 })) // { status: 404, headers: [['content-type', …]], bodyBase64: 'e30=' }
 */
export async function toWireAnswer(response: Response): Promise<WireAnswer> {
  return { status: response.status, headers: [...response.headers], bodyBase64: Buffer.from(await response.arrayBuffer()).toString('base64') }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * A wire answer as a fetch `Response` (statuses that cannot carry a body get none).
 *
 * @example
 * fromWireAnswer({ status: 404, headers: [], bodyBase64: 'e30=' }).status // 404
 */
export function fromWireAnswer(answer: WireAnswer): Response {
  const body = NULL_BODY_STATUSES.has(answer.status) ? null : Buffer.from(answer.bodyBase64, 'base64')
  return new Response(body, { status: answer.status, headers: answer.headers })
}
