import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { applyDrift, type Drift } from './drift.ts'
import { faultSwitch } from './fault-switch.ts'
import { referenceControl } from './reference-control.ts'
import type { JsonValue, SandboxHandler, SandboxRequest, SandboxResponse } from './sandbox-types.ts'

/** Options every reference sandbox takes. */
export interface SandboxOptions {
  /** The port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined
  /** Test-only departures from the documented behaviour (see `drift.ts`). */
  drift?: readonly Drift[] | undefined
  /** The sandbox's clock, for token expiry and rate-limit windows. */
  now?: (() => number) | undefined
  /** Called when a handler throws (the client gets the vendor's 500); `npm run sandbox` logs it. */
  onError?: ((error: unknown) => void) | undefined
}

/** A running reference sandbox. */
export interface ReferenceSandbox {
  vendor: string
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** Keys holding human-readable text in the vendor's envelope (what a reword drift changes). */
  messageKeys: readonly string[]
  close(): Promise<void>
}

/** What a vendor's sandbox gives the shared server. */
export interface SandboxDefinition {
  vendor: string
  handle: SandboxHandler
  /** The vendor's own answer for a failure with this status and maybe code (armed faults, crashes). */
  failure(status: number, code?: string | number): SandboxResponse
  /** Keys holding human-readable text in the vendor's envelope (for the reword drift). */
  messageKeys: readonly string[]
  /** Demo credentials published on the control path. */
  credentials: Record<string, JsonValue>
}

const MAX_BODY_BYTES = 1_000_000

/**
 * Serves a sandbox definition on 127.0.0.1: reads each body whole, answers the reference control
 * path, then armed faults, then the vendor's routes, and applies any drift to error answers.
 *
 * @example
 * const sandbox = await startSandboxServer(definition, { port: 0 })
 * console.log(sandbox.url)
 * await sandbox.close()
 */
export async function startSandboxServer(definition: SandboxDefinition, options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const faults = faultSwitch()
  const drift = options.drift ?? []
  const answer = async (request: SandboxRequest): Promise<SandboxResponse> => {
    const control = referenceControl(request, { vendor: definition.vendor, credentials: definition.credentials, faults })
    if (control) return control
    const fault = faults.take(request.path)
    if (fault) return definition.failure(fault.status, fault.code)
    try {
      return await definition.handle(request)
    } catch (error) {
      options.onError?.(error)
      return definition.failure(500)
    }
  }
  const server = createServer((incoming, outgoing) => {
    readRequest(incoming)
      .then(answer)
      .then((response) => writeResponse(outgoing, applyDrift(response, drift, definition.messageKeys)))
      .catch(() => outgoing.destroy())
  })
  server.keepAliveTimeout = 1_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    vendor: definition.vendor,
    messageKeys: definition.messageKeys,
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

async function readRequest(incoming: IncomingMessage): Promise<SandboxRequest> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new Error('request body too large')
    chunks.push(chunk)
  }
  const url = new URL(incoming.url ?? '/', 'http://sandbox.invalid')
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    path = url.pathname
  }
  return {
    method: (incoming.method ?? 'GET').toUpperCase(),
    path,
    query: url.searchParams,
    headers: incoming.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  }
}

function writeResponse(outgoing: ServerResponse, response: SandboxResponse): void {
  const payload = response.body === undefined ? undefined : typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
  const headers: Record<string, string> = { ...response.headers }
  if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload))
  outgoing.writeHead(response.status, headers)
  outgoing.end(payload)
}
