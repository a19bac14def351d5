import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A server of the verification worker's own, on 127.0.0.1. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Stops listening and ends every open connection (the verifier keeps them alive). */
  close(): Promise<void>
}

/**
 * Starts `server` on an ephemeral port of 127.0.0.1, never another interface.
 *
 * @example
 * const { url, close } = await listenOnLoopback(createServer(handler))
 */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
