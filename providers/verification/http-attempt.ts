import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

/** A request to send to a vendor target. */
export interface OutgoingRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: Buffer | undefined
}

/** A whole answer from the target: the body is read to its end before anything looks at it. */
export interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** Why one attempt got no whole answer, and whether the request may have reached the vendor. */
export class AttemptFailure extends Error {
  override name = 'AttemptFailure' as const
  constructor(
    /** A short cause: `connection refused`, `connection reset`, `timed out after 15000 ms`, ... */
    readonly reason: string,
    /** True when the vendor cannot have seen the request (nothing was sent). */
    readonly notSent: boolean,
    /** False when trying again cannot help (an unknown host, a certificate that is not trusted). */
    readonly transient: boolean = true,
  ) {
    super(reason)
  }
}

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])
const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
}

/**
 * Sends one request with Node's own HTTP client (TLS checked against Node's trust store) and reads
 * the whole answer; a reset mid-body is a failure, not a short answer.
 *
 * @example
 * const answer = await attempt({ method: 'GET', url: 'http://127.0.0.1:4010/x', headers: {} }, 5_000)
 */
export function attempt(request: OutgoingRequest, timeoutMs: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url)
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const headers = { ...request.headers }
    if (request.body) headers['content-length'] = String(request.body.length)
    const outgoing = send(url, { method: request.method, headers, agent: url.protocol === 'https:' ? agents.https : agents.http })
    let settled = false
    const fail = (failure: AttemptFailure) => {
      if (settled) return
      settled = true
      outgoing.destroy()
      reject(failure)
    }
    const timer = setTimeout(() => fail(new AttemptFailure(`timed out after ${timeoutMs} ms`, false)), Math.max(1, timeoutMs))
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      const code = error.code ?? ''
      if (/CERT|ERR_TLS|SSL/.test(code)) return fail(new AttemptFailure(`TLS certificate not accepted (${code})`, true, false))
      const reason = CAUSES[code] ?? (error.message === 'socket hang up' ? 'connection closed before the answer' : `request failed (${code || 'no code'})`)
      fail(new AttemptFailure(reason, NOT_SENT.has(code), code !== 'ENOTFOUND'))
    })
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', () => {})
      incoming.on('aborted', () => {
        clearTimeout(timer)
        fail(new AttemptFailure('connection reset while reading the answer', false))
      })
      incoming.on('end', () => {
        clearTimeout(timer)
        if (!incoming.complete) return fail(new AttemptFailure('connection reset while reading the answer', false))
        if (settled) return
        settled = true
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) })
      })
    })
    outgoing.end(request.body)
  })
}
