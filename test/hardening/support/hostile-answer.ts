import type { HostileBody } from './hostile-bodies.ts'

/** Statuses the Fetch `Response` constructor refuses (outside 200–599, or null-body statuses); real servers still send them. */
function constructible(status: number): boolean {
  return status >= 200 && status <= 599 && status !== 204 && status !== 205 && status !== 304
}

/**
 * Builds the `Response` a stubbed `fetch` hands the client: a real one where the Fetch API can
 * build it, else one with the same body-reading code and the odd status a raw socket can carry.
 * With `breaks`, the body stream fails after its first bytes, like a connection reset mid-body.
 *
 * @example
 * vi.stubGlobal('fetch', async () => hostileAnswer(999, { 'content-type': 'text/html' }, body, false))
 */
export function hostileAnswer(status: number, headers: Record<string, string>, body: HostileBody, breaks: boolean): Response {
  const stream: BodyInit = breaks ? brokenStream(body.bytes) : (body.bytes as Uint8Array<ArrayBuffer>)
  if (constructible(status)) return new Response(stream, { status, headers })
  const carrier = new Response(stream, { headers })
  return {
    ok: false,
    status,
    statusText: '',
    headers: carrier.headers,
    redirected: false,
    url: '',
    body: carrier.body,
    text: () => carrier.text(),
    json: () => carrier.json(),
    arrayBuffer: () => carrier.arrayBuffer(),
  } as unknown as Response
}

function brokenStream(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.min(16, bytes.length)) as Uint8Array<ArrayBuffer>)
      controller.error(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    },
  })
}
