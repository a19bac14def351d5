import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake broker received, as sent. */
export interface ReceivedRequest {
  method: string
  /** The raw path, still URL-encoded. */
  path: string
  authorization: string | undefined
  accept: string | undefined
  contentType: string | undefined
  body: unknown
}

/** How the fake broker answers one path, instead of its default. */
export type FakeAnswer = { status: number; body?: unknown } | 'hang'

/** A fake Pact Broker on 127.0.0.1 (ephemeral port): it knows some pacts and records every request. */
export interface FakePactBroker {
  url: string
  received: ReceivedRequest[]
  /** Serves `/pacts/provider/{p}/consumer/{c}/version/{v}` with a `pb:publish-verification-results` link (the given href, else its own). */
  addPact(provider: string, consumer: string, version: string, resultsHref?: string): string
  /** Answers a path (any method) this way from now on. */
  answer(path: string, answer: FakeAnswer): void
  reset(): void
  close(): Promise<void>
}

/**
 * Starts a fake broker: GET of a known pact answers its HAL resource, GET of another 404, PUT and
 * POST 201, and {@link FakePactBroker.answer} overrides any path (e.g. a 401, or no answer at all).
 *
 * @example
 * const broker = await startFakePactBroker()
 * broker.addPact('plansource', 'benefits-integration', 'c0ffee1')
 */
export async function startFakePactBroker(): Promise<FakePactBroker> {
  const pacts = new Map<string, string>()
  const answers = new Map<string, FakeAnswer>()
  const received: ReceivedRequest[] = []
  const hanging = new Set<() => void>()
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const path = request.url ?? '/'
      received.push({
        method: request.method ?? '',
        path,
        authorization: request.headers.authorization,
        accept: request.headers.accept,
        contentType: request.headers['content-type'],
        body: text ? (JSON.parse(text) as unknown) : undefined,
      })
      const answer = answers.get(path) ?? defaultAnswer(request.method ?? '', path)
      if (answer === 'hang') {
        hanging.add(() => response.destroy())
        return
      }
      response.writeHead(answer.status, { 'Content-Type': 'application/hal+json;charset=utf-8' })
      response.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  function defaultAnswer(method: string, path: string): Exclude<FakeAnswer, 'hang'> {
    if (method !== 'GET') return { status: 201, body: {} }
    const href = pacts.get(path)
    if (href === undefined) return { status: 404, body: { error: 'The requested document was not found on this server.' } }
    return {
      status: 200,
      body: { consumer: {}, provider: {}, interactions: [], _links: { 'pb:publish-verification-results': { title: 'Publish verification results', href } } },
    }
  }

  return {
    url,
    received,
    addPact(provider, consumer, version, resultsHref) {
      const path = `/pacts/provider/${encodeURIComponent(provider)}/consumer/${encodeURIComponent(consumer)}/version/${encodeURIComponent(version)}`
      const href =
        resultsHref ??
        `${url}/pacts/provider/${encodeURIComponent(provider)}/consumer/${encodeURIComponent(consumer)}/pact-version/${pacts.size + 1}f00d/verification-results`
      pacts.set(path, href)
      return href
    },
    answer: (path, answer) => void answers.set(path, answer),
    reset() {
      pacts.clear()
      answers.clear()
      received.length = 0
    },
    async close() {
      for (const end of hanging) end()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}
