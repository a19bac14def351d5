import { createServer, request as httpRequest } from 'node:http'
import { listenOnLoopback } from '../../../providers/verification/loopback-server.ts'

/**
 * A proxy on 127.0.0.1 in front of a sandbox that passes every request on and every answer back,
 * but with its Content-Type replaced by `contentType`: a vendor that answers one kind of assumed
 * value differently, everywhere (the reference sandbox's own probe too, which is read whatever its
 * media type).
 *
 * @example
 * const proxy = await startContentTypeProxy(sandbox.url, 'text/plain')
 */
export async function startContentTypeProxy(targetUrl: string, contentType: string) {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const headers = { ...incoming.headers, host: new URL(targetUrl).host }
      const upstream = httpRequest(`${targetUrl}${incoming.url}`, { method: incoming.method, headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-type': contentType })
        answer.pipe(outgoing)
      })
      upstream.on('error', () => outgoing.destroy())
      upstream.end(Buffer.concat(chunks))
    })
  })
  return listenOnLoopback(server)
}
