import { redactUrl } from '../http/redact-url.ts'
import { tokenFromAnswer } from './token-answer.ts'
import { cachedToken, type TokenSource } from './token-source.ts'

/**
 * How a client fetches its own tokens from an OAuth token endpoint.
 *
 * @example
 * const options: OAuthTokenSourceOptions = { request: () => client.requestToken(), vendor: 'acme', url: () => tokenUrl }
 */
export interface OAuthTokenSourceOptions {
  /** Sends the token request and resolves its parsed 2xx body; a refusal rejects (the client's HTTP layer throws its VendorError). */
  request: () => Promise<unknown>
  vendor: string
  /** The token endpoint's URL, named (redacted) in the error for an unusable answer. */
  url: () => string
  /** How long a token lives when the answer does not say; default a minute (see {@link cachedToken}). */
  defaultLifetimeMs?: number | undefined
  now?: (() => number) | undefined
}

/**
 * A token source for a client that fetches its own tokens: sends the token request, reads the
 * answer (`tokenFromAnswer`: a VendorError for a 2xx without a usable token), caches the token, and
 * fetches a new one shortly before it expires or once it is invalidated.
 *
 * @example
 * const tokens = oauthTokenSource({ request: () => this.requestToken(), vendor: 'acme', url: () => this.http.url('/oauth/token'), defaultLifetimeMs: 3_600_000 })
 */
export function oauthTokenSource(options: OAuthTokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now
  return cachedToken(async () => {
    const answer = await options.request()
    const read = tokenFromAnswer(answer, { vendor: options.vendor, request: { method: 'POST', url: redactUrl(options.url()) }, now })
    return { token: read.token, expiresInMs: read.expiresInMs ?? options.defaultLifetimeMs }
  }, now)
}
