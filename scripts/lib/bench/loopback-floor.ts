import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

/** Requests per timed chunk: the floor is the median over chunks, so a load spike does not count. */
const CHUNK = 50

/**
 * The raw loopback floor: a plain `fetch` to a `node:http` server on 127.0.0.1 (port 0) answering
 * a small JSON error, after a warm-up; returns the median per-request time over chunks, in ms.
 *
 * @example
 * const floorMs = await loopbackFloorMs(500) // 0.25
 */
export async function loopbackFloorMs(requests = 500): Promise<number> {
  const body = JSON.stringify({ errorCode: 'NOT_FOUND', message: 'No such item.' })
  const server = createServer((_request, response) => {
    response.writeHead(404, { 'Content-Type': 'application/json' })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/items/1`
    const send = async () => {
      const response = await fetch(url)
      if (response.status !== 404) throw new Error(`bench: loopback server answered ${response.status}, expected 404`)
      await response.arrayBuffer()
    }
    for (let index = 0; index < CHUNK; index++) await send()
    const chunks: number[] = []
    for (let sent = 0; sent < requests; sent += CHUNK) {
      const start = performance.now()
      for (let index = 0; index < CHUNK; index++) await send()
      chunks.push((performance.now() - start) / CHUNK)
    }
    chunks.sort((a, b) => a - b)
    const middle = Math.floor(chunks.length / 2)
    return chunks.length % 2 ? chunks[middle]! : (chunks[middle - 1]! + chunks[middle]!) / 2
  } finally {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
