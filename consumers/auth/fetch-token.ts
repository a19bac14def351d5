import { isRecord } from '../http/error-envelope.ts'
import { answerLifetimeMs } from './token-lifetime.ts'
import type { TokenRequest } from './token-request.ts'

/**
 * A token endpoint's answer as a transport reports it (the verification's vendor API answers so).
 *
 * @example
 * const answer: TokenEndpointAnswer = { status: 200, json: () => ({ access_token: 't', expires_in: 300 }) }
 */
export interface TokenEndpointAnswer {
  status: number
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json(): unknown
}

/**
 * A token the endpoint issued, and how long it lives.
 *
 * @example
 * const { token, expiresInMs }: FetchedToken = await fetchToken(send, request, read)
 */
export interface FetchedToken {
  token: string
  expiresInMs: number
}

/**
 * The token endpoint refused the request or answered no usable token. The message names the
 * endpoint, the status and the OAuth `error` when there is one (`… answered 401 invalid_client`).
 *
 * @example
 * if (error instanceof TokenRequestRefused && error.error === 'invalid_client') reportBadCredentials()
 */
export class TokenRequestRefused extends Error {
  override name = 'TokenRequestRefused' as const

  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly error: string | undefined,
  ) {
    super(`${endpoint} answered ${status}${error === undefined ? '' : ` ${error}`}`)
  }
}

/**
 * Sends a token request through `send` and reads the answer: a 200 with a non-empty `access_token`,
 * its lifetime from `expires_in` or `expires_at`, else `defaultLifetimeMs`. Anything else throws
 * {@link TokenRequestRefused}. For transports that answer every status (a client's own HTTP layer
 * throws its errors itself: see `oauthTokenSource`).
 *
 * @example
 * const { token } = await fetchToken((request) => api.request({ method: 'POST', path: '/oauth/token', ...request }), tokenRequest(spec), {
 *   endpoint: "Acme's token endpoint",
 *   defaultLifetimeMs: 3_600_000,
 * })
 */
export async function fetchToken(
  send: (request: TokenRequest) => Promise<TokenEndpointAnswer>,
  request: TokenRequest,
  read: { endpoint: string; defaultLifetimeMs: number; now?: (() => number) | undefined },
): Promise<FetchedToken> {
  const answer = await send(request)
  const body = answer.json()
  const token = isRecord(body) && typeof body.access_token === 'string' && body.access_token !== '' ? body.access_token : undefined
  if (answer.status !== 200 || token === undefined) {
    throw new TokenRequestRefused(read.endpoint, answer.status, isRecord(body) && typeof body.error === 'string' ? body.error : undefined)
  }
  return { token, expiresInMs: answerLifetimeMs(body, (read.now ?? Date.now)()) ?? read.defaultLifetimeMs }
}
