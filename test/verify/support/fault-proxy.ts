import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the proxy does with one request instead of (or before) passing it on. */
export type InjectedFault =
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset-mid-body' }
  | { kind: 'delay'; ms: number }
  | { kind: 'echo'; status: number }

/** Decides the fault for a request; `attempt` counts requests with the same method and path (1, 2, ...). */
export type FaultPlan = (request: {
  method: string
  path: string
  attempt: number
  headers: Record<string, string | string[] | undefined>
  body: string
}) => InjectedFault | undefined

/**
 * A proxy on 127.0.0.1 in front of a sandbox that injects faults: fixed answers (503 storms, 429
 * with a hint), a connection reset halfway through the body, a delay, or an echo of the request.
 *
 * @example
 * const proxy = await startFaultProxy(sandbox.url, ({ attempt }) => (attempt === 1 ? { kind: 'answer', status: 503 } : undefined))
 */
export async function startFaultProxy(targetUrl: string, plan: FaultPlan) {
  const attempts = new Map<string, number>()
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const body = Buffer.concat(chunks)
      const path = new URL(incoming.url ?? '/', 'http://proxy.invalid').pathname
      const key = `${incoming.method} ${path}`
      const attempt = (attempts.get(key) ?? 0) + 1
      attempts.set(key, attempt)
      const fault = plan({ method: incoming.method ?? 'GET', path, attempt, headers: incoming.headers, body: body.toString('utf8') })
      if (fault?.kind === 'answer') {
        outgoing.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        return outgoing.end(fault.body ?? '{}')
      }
      if (fault?.kind === 'echo') {
        outgoing.writeHead(fault.status, { 'content-type': 'application/json' })
        return outgoing.end(JSON.stringify({ echo: { method: incoming.method, url: incoming.url, headers: incoming.headers, body: body.toString('utf8') } }))
      }
      if (fault?.kind === 'reset-mid-body') {
        outgoing.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
        outgoing.write('{"partial":')
        return setTimeout(() => outgoing.socket?.destroy(), 5)
      }
      const forward = () => {
        const headers = { ...incoming.headers, host: new URL(targetUrl).host }
        const upstream = httpRequest(`${targetUrl}${incoming.url}`, { method: incoming.method, headers }, (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        })
        upstream.on('error', () => outgoing.destroy())
        upstream.end(body)
      }
      if (fault?.kind === 'delay') setTimeout(forward, fault.ms)
      else forward()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
