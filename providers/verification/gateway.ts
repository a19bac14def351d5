import { createServer, type IncomingMessage } from 'node:http'
import type { RelayedRequest } from './credential-swap.ts'
import { listenOnLoopback } from './loopback-server.ts'
import { TargetUnavailable, type PoliteClient } from './polite-client.ts'
import type { Redactor } from './redactor.ts'
import type { RunScope } from './run-scope.ts'

/** Headers that belong to one connection, not to the request or answer (RFC 9110 section 7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'accept-encoding',
])

/** The status the gateway answers the verifier with when the target gave no usable answer. */
export const GATEWAY_UNAVAILABLE_STATUS = 599

/**
 * The local stand-in the Pact verifier talks to as the provider. Every request goes through here:
 * `prepare` may change it (live credentials for placeholders), then it is sent to the target by
 * the polite client (paced, retried for transient failures only, bounded by the deadline) and the
 * whole answer is relayed. When no usable answer comes, the run scope records why and the verifier
 * gets a 599 that is never taken for the vendor's answer.
 *
 * @example
 * const gateway = await startGateway({ targetUrl, client, scope: () => current, redactor, prepare: swap })
 * new Verifier({ providerBaseUrl: gateway.url, ... }).verify()
 */
export async function startGateway(deps: {
  targetUrl: string
  client: PoliteClient
  scope: () => RunScope | undefined
  redactor: Redactor
  prepare?: (request: RelayedRequest) => Promise<RelayedRequest>
  /** Looks at each answer before it is relayed (e.g. to tell our own refused credentials from a mismatch). */
  inspect?: (scope: RunScope, answer: { status: number; body: Buffer }) => Promise<void>
}) {
  const base = deps.targetUrl.replace(/\/+$/, '')
  const server = createServer((incoming, outgoing) => {
    relay(incoming).then(
      ({ status, headers, body }) => {
        outgoing.writeHead(status, { ...headers, 'content-length': String(body.length) })
        outgoing.end(body)
      },
      () => outgoing.destroy(),
    )
  })

  async function relay(incoming: IncomingMessage): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
    const chunks: Buffer[] = []
    for await (const chunk of incoming as AsyncIterable<Buffer>) chunks.push(chunk)
    const scope = deps.scope()
    const refuse = (reason: string) => ({
      status: GATEWAY_UNAVAILABLE_STATUS,
      headers: { 'content-type': 'text/plain' },
      body: Buffer.from(`unavailable: ${reason}`),
    })
    if (scope?.blocked) return refuse(scope.blocked)
    const received: RelayedRequest = {
      method: incoming.method ?? 'GET',
      path: new URL(incoming.url ?? '/', 'http://gateway.invalid').pathname,
      headers: {},
      body: Buffer.concat(chunks),
    }
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue
      received.headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const { method, headers, body } = deps.prepare ? await deps.prepare(received) : received
    if (scope?.blocked) return refuse(scope.blocked)
    try {
      const answer = await deps.client.send(
        { method, url: `${base}${incoming.url ?? '/'}`, headers, body: body.length ? body : undefined },
        { expectedStatuses: scope ? [scope.interaction.expectedStatus] : [] },
      )
      scope?.notes.push(...answer.notes)
      if (scope) await deps.inspect?.(scope, answer)
      const relayed: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) relayed[name] = value
      return { status: answer.status, headers: relayed, body: answer.body }
    } catch (error) {
      const reason = error instanceof TargetUnavailable ? error.reason : `request failed: ${error instanceof Error ? error.message : String(error)}`
      scope?.markUnavailable(deps.redactor.redact(reason))
      return refuse(reason)
    }
  }

  return listenOnLoopback(server)
}
