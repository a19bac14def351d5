import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake received. */
export interface SeenRequest {
  method: string
  url: string
  authorization: string | undefined
  body: string
}

/** A loopback server playing both a vendor's OAuth token endpoint and its API. */
export interface FakeOAuthApi {
  readonly origin: string
  /** Requests received since the last {@link FakeOAuthApi.reset}, in order. */
  seen: SeenRequest[]
  /** Tokens issued since the last reset; the n-th is `token-n`. */
  tokensIssued: number
  /** What the API answers, in order; the last one repeats. */
  answers: Array<{ status: number; body: unknown }>
  reset(): void
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += String(chunk)
  return text
}

/**
 * Starts a fake on 127.0.0.1 (ephemeral port): `POST <tokenPath>` issues `token-1`, `token-2`, …;
 * every other request gets the next of `answers`.
 *
 * @example
 * const api = await startFakeOAuthApi('/oauth2/token')
 * api.answers = [{ status: 404, body: { error: 'entity_not_found' } }]
 */
export async function startFakeOAuthApi(tokenPath: string): Promise<FakeOAuthApi> {
  const server = createServer(async (request, response) => {
    fake.seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body: await readBody(request) })
    response.setHeader('Content-Type', 'application/json')
    if (request.url === tokenPath) {
      fake.tokensIssued += 1
      response.end(JSON.stringify({ access_token: `token-${fake.tokensIssued}`, token_type: 'Bearer', expires_in: 3600 }))
      return
    }
    const answer = fake.answers.length > 1 ? fake.answers.shift()! : fake.answers[0]!
    response.statusCode = answer.status
    response.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const fake: FakeOAuthApi = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen: [],
    tokensIssued: 0,
    answers: [],
    reset() {
      fake.seen = []
      fake.tokensIssued = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return fake
}
