import type { TokenSource } from '../auth/token-source.ts'
import { VendorError } from '../errors/vendor-error.ts'
import { errorFromBody, readErrorResponse, type ErrorReading } from './read-error-response.ts'
import { redactUrl } from './redact-url.ts'

/** How a client talks to one vendor. */
export interface VendorHttpOptions {
  /** The vendor's base URL, e.g. `https://partner-dev-api.plansource.com/admin/v2`. */
  baseUrl: string
  reading: ErrorReading
  tokens?: TokenSource | undefined
  /** Builds the auth header(s) from a token; vendors differ (`Bearer`, Aplos's `Bearer:`). */
  authorize?: ((token: string) => Record<string, string>) | undefined
  /** Whether an error means "your token expired": then the token is refreshed once and the call retried. */
  isExpiredToken?: ((error: VendorError) => boolean) | undefined
  /** Defaults to the global `fetch`, which is what MSW intercepts. */
  fetch?: typeof fetch | undefined
  /** Per-request timeout; defaults to 30 s. */
  timeoutMs?: number | undefined
}

/** One request, described in the vendor's terms. */
export interface SendOptions {
  method: string
  path: string
  query?: Record<string, string | number | undefined> | undefined
  json?: unknown
  form?: Record<string, string> | undefined
  headers?: Record<string, string> | undefined
  /** Send the access token (default true). */
  auth?: boolean | undefined
}

/**
 * The HTTP layer every vendor client shares: base URL, auth header, one token refresh on an
 * expired-token answer, and every failure turned into a {@link VendorError}.
 *
 * @example
 * const http = new VendorHttp({ baseUrl, reading, tokens, authorize: (t) => ({ Authorization: `Bearer ${t}` }) })
 * const employee = await http.send<Employee>({ method: 'GET', path: '/eoi/subscriber/9' })
 */
export class VendorHttp {
  readonly #options: VendorHttpOptions

  constructor(options: VendorHttpOptions) {
    this.#options = options
  }

  /** Sends the request and returns its parsed JSON body (undefined when empty); throws only {@link VendorError}. */
  async send<T = unknown>(options: SendOptions): Promise<T> {
    const { tokens, isExpiredToken } = this.#options
    const useAuth = options.auth !== false && tokens !== undefined
    try {
      return await this.#sendOnce<T>(options, useAuth)
    } catch (error) {
      if (!useAuth || !(error instanceof VendorError) || !isExpiredToken?.(error)) throw error
      // One refresh, never a loop: if the new token is rejected too, that error reaches the caller.
      if (!tokens.invalidate()) throw error
      return this.#sendOnce<T>(options, useAuth)
    }
  }

  /** The URL a path resolves to under the base URL. */
  url(path: string, query?: SendOptions['query']): string {
    const base = this.#options.baseUrl.replace(/\/+$/, '')
    const url = new URL(base + (path.startsWith('/') ? path : `/${path}`))
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value))
    return url.toString()
  }

  async #sendOnce<T>(options: SendOptions, useAuth: boolean): Promise<T> {
    const { reading } = this.#options
    const url = this.url(options.path, options.query)
    const request = { method: options.method, url: redactUrl(url) }
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
    let body: string | undefined
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.form !== undefined) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded'
      body = new URLSearchParams(options.form).toString()
    }
    if (useAuth) Object.assign(headers, this.#authHeaders(await this.#options.tokens!.token()))
    let response: Response
    try {
      const doFetch = this.#options.fetch ?? globalThis.fetch
      response = await doFetch(url, { method: options.method, headers, body, signal: AbortSignal.timeout(this.#options.timeoutMs ?? 30_000) })
    } catch (cause) {
      throw new VendorError({ vendor: reading.vendor, status: 0, code: null, vendorMessage: null, kind: 'network', rawBody: '', request, cause })
    }
    if (!response.ok) throw await readErrorResponse(response, reading, request)
    const text = await response.text().catch(() => '')
    if (text.trim() === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (cause) {
      const error = errorFromBody({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        rawBody: text,
        reading,
        request,
        cause,
      })
      throw new VendorError({ ...error, vendorMessage: null, code: null, kind: 'unknown', bodyProblem: 'not-json', request, rawBody: text, cause })
    }
  }

  #authHeaders(token: string): Record<string, string> {
    return this.#options.authorize?.(token) ?? { Authorization: `Bearer ${token}` }
  }
}
