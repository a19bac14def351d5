import { cachedToken, type TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isPlusAuthExpiredToken, parsePlusAuthError } from './plusauth-envelope.ts'
import { tokenFromAnswer } from '../auth/token-answer.ts'
import { redactUrl } from '../http/redact-url.ts'

/** How to reach a PlusAuth tenant: its host, and either a token source or client credentials. */
export interface PlusAuthConfig {
  /** The tenant's host, e.g. `https://acme.plusauth.com`; the client adds `/api/v1` and `/oauth2/token`. */
  baseUrl: string
  /** Sent as `X-PlusAuth-Tenant` when the host does not name the tenant (optional). */
  tenant?: string | undefined
  /** A token source; when absent and client credentials are set, tokens come from `/oauth2/token`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  /** The audience the access token is requested for (the tenant's management API identifier). */
  audience?: string | undefined
  /** Builds the auth header from a token; defaults to {@link plusAuthAuthorization} (Bearer). */
  authorize?: ((token: string) => Record<string, string>) | undefined
  fetch?: typeof fetch | undefined
}

/** A user to create; PlusAuth needs at least one of `username`, `email` or `phone_number`. */
export interface NewPlusAuthUser {
  username?: string
  email?: string
  phone_number?: string
  [field: string]: unknown
}

/** The token endpoint's answer. */
export interface PlusAuthToken {
  access_token: string
  token_type?: string
  expires_in?: number
}

const API = '/api/v1'

/**
 * The header PlusAuth expects on management API calls: `Authorization: Bearer <token>`.
 *
 * @example
 * plusAuthAuthorization('abc') // { Authorization: 'Bearer abc' }
 */
export function plusAuthAuthorization(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/**
 * Typed client for the PlusAuth management API, limited to the calls whose errors the vendor
 * documents. Every failure is thrown as a `VendorError`.
 *
 * @example
 * const plusauth = new PlusAuthClient({ baseUrl: 'https://acme.plusauth.com', clientId, clientSecret, audience })
 * await plusauth.getUser({ id: 'usr_1' })
 * @see https://docs.plusauth.com/api/core/errors
 */
export class PlusAuthClient {
  readonly http: VendorHttp
  readonly #config: PlusAuthConfig

  constructor(config: PlusAuthConfig) {
    this.#config = config
    const tokens = config.tokens ?? (config.clientId !== undefined && config.clientSecret !== undefined ? cachedToken(() => this.#fetchToken()) : undefined)
    this.http = new VendorHttp({
      baseUrl: config.baseUrl,
      reading: { vendor: 'plusauth', parse: parsePlusAuthError, errorContentTypes: ['application/json'] },
      tokens,
      authorize: config.authorize ?? plusAuthAuthorization,
      isExpiredToken: isPlusAuthExpiredToken,
      fetch: config.fetch,
    })
  }

  /**
   * `POST /oauth2/token`: a client-credentials token for the configured audience. The client id
   * and secret travel in the form body (`client_secret_post`); the vendor's pages do not say
   * which client authentication method the token endpoint prefers, so this is assumed.
   */
  requestToken(): Promise<PlusAuthToken> {
    const { clientId = '', clientSecret = '', audience } = this.#config
    const form: Record<string, string> = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }
    if (audience !== undefined) form.audience = audience
    return this.http.send<PlusAuthToken>({ method: 'POST', path: '/oauth2/token', auth: false, form, headers: this.#tenantHeader() })
  }

  /** `POST /users/`: creates a user. */
  createUser(args: { user: NewPlusAuthUser }): Promise<unknown> {
    return this.#send('POST', '/users/', args.user)
  }

  /** `GET /users/{id}`: one user. */
  getUser(args: { id: string }): Promise<unknown> {
    return this.#send('GET', `/users/${encodeURIComponent(args.id)}`)
  }

  /** `PATCH /users/{id}`: changes some of a user's fields. */
  updateUser(args: { id: string; changes: Record<string, unknown> }): Promise<unknown> {
    return this.#send('PATCH', `/users/${encodeURIComponent(args.id)}`, args.changes)
  }

  /** `DELETE /users/{id}`: removes a user. */
  deleteUser(args: { id: string }): Promise<unknown> {
    return this.#send('DELETE', `/users/${encodeURIComponent(args.id)}`)
  }

  /** `GET /views/{type}/`: one of the tenant's hosted views (login, register, consent, ...). */
  getView(args: { type: string }): Promise<unknown> {
    return this.#send('GET', `/views/${encodeURIComponent(args.type)}/`)
  }

  #send(method: string, path: string, json?: unknown): Promise<unknown> {
    return this.http.send({ method, path: `${API}${path}`, json, headers: this.#tenantHeader() })
  }

  #tenantHeader(): Record<string, string> | undefined {
    return this.#config.tenant === undefined ? undefined : { 'X-PlusAuth-Tenant': this.#config.tenant }
  }

  async #fetchToken() {
    const answer: unknown = await this.requestToken()
    return tokenFromAnswer(answer, { vendor: 'plusauth', request: { method: 'POST', url: redactUrl(this.http.url('/oauth2/token')) } })
  }
}
