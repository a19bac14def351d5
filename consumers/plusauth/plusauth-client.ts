import { oauthTokenSource } from '../auth/oauth-token-source.ts'
import { tokenRequest } from '../auth/token-request.ts'
import type { TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isPlusAuthExpiredToken, parsePlusAuthError } from './plusauth-envelope.ts'

// Kept where the package has exported it since before the client kit: how `expires_at` is read.
export { lifetimeFromExpiresAt } from '../auth/token-lifetime.ts'

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
  /**
   * The audience the access token is requested for. Default: the tenant's URL followed by `/api/`
   * (`https://acme.plusauth.com/api/`), as the vendor's own token example asks for it; not the API
   * base `/api/v1`, which PlusAuth answers with `invalid_audience`.
   */
  audience?: string | undefined
  /** Scopes (permissions) to ask for, sent space-separated as `scope`; left out when absent. */
  scopes?: readonly string[] | undefined
  /** Builds the auth header from a token; defaults to {@link plusAuthAuthorization} (Bearer). */
  authorize?: ((token: string) => Record<string, string>) | undefined
  fetch?: typeof fetch | undefined
}

/**
 * The OpenID Connect claims PlusAuth keeps under a user's `profile` (not at the top level, as the
 * official SDK's types have them); `null` clears one.
 */
export interface PlusAuthProfile {
  given_name?: string | null
  middle_name?: string | null
  family_name?: string | null
  nickname?: string | null
  profile_page?: string | null
  website?: string | null
  gender?: string | null
  /** `YYYY-MM-DD`; the year may be `0000`. */
  birthdate?: string | null
  locale?: string | null
  zoneinfo?: string | null
  addresses?: Array<Record<string, string | boolean | null>>
}

/** The fields of a user that can be changed; every one may be left out, most may be `null`. */
export interface PlusAuthUserChanges {
  username?: string | null
  email?: string | null
  email_verified?: boolean | null
  phone_number?: string | null
  phone_number_verified?: boolean | null
  name?: string | null
  picture?: string | null
  blocked?: boolean | null
  login_attempts?: number
  profile?: PlusAuthProfile
  metadata?: Record<string, string | number | boolean | null>
  verify_email?: boolean | null
  password?: string | null
  hash_fn?: 'bcrypt' | 'argon2'
}

/** A user to create; PlusAuth needs at least one of `username`, `email` or `phone_number`. */
export interface NewPlusAuthUser extends PlusAuthUserChanges {
  identities?: Array<Record<string, unknown>>
}

/** What {@link PlusAuthClient.listUsers} may ask for. */
export interface PlusAuthUserQuery {
  limit?: number
  /** Pages to skip: `limit * offset` users are skipped. */
  offset?: number
  /** A filter in PlusAuth's query language. */
  q?: string
  /** `field.asc` or `field.desc`, several joined by commas. */
  sort_by?: string | readonly string[]
  /** Only these fields of each user, several joined by commas. */
  fields?: string | readonly string[]
}

/**
 * The token endpoint's answer. The vendor's current example names `access_token`, `expires_at`
 * (a number) and `scope`; an older one read `expires_in`. Either is taken.
 */
export interface PlusAuthToken {
  access_token: string
  token_type?: string
  expires_in?: number
  expires_at?: number
  scope?: string
}

const API = '/api/v1'
const TOKEN_PATH = '/oauth2/token'

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
    const canFetchTokens = config.clientId !== undefined && config.clientSecret !== undefined
    const tokens =
      config.tokens ??
      (canFetchTokens ? oauthTokenSource({ request: () => this.requestToken(), vendor: 'plusauth', url: () => this.http.url(TOKEN_PATH) }) : undefined)
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
   * `POST /oauth2/token`: a client-credentials token, sent as the vendor's own example sends it: a
   * form with `client_id` and `client_secret` (in the body, no Basic header), `grant_type`,
   * `audience` (default `<tenant url>/api/`) and, when scopes are configured, `scope`.
   */
  async requestToken(): Promise<PlusAuthToken> {
    const { clientId = '', clientSecret = '', scopes } = this.#config
    const { form } = tokenRequest({ client: { method: 'client_secret_post', clientId, clientSecret }, scope: scopes, audience: this.audience() })
    return this.http.send<PlusAuthToken>({ method: 'POST', path: TOKEN_PATH, auth: false, form, headers: this.#tenantHeader() })
  }

  /** The audience tokens are requested for: the configured one, else `<tenant url>/api/`. */
  audience(): string {
    return this.#config.audience ?? `${this.#config.baseUrl.replace(/\/+$/, '')}/api/`
  }

  /** `GET /users/`: a page of users, answered as `{total, results}`. */
  listUsers(args: { query?: PlusAuthUserQuery } = {}): Promise<unknown> {
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(args.query ?? {}) as Array<[string, PlusAuthUserQuery[keyof PlusAuthUserQuery]]>) {
      if (value !== undefined) query.set(name, Array.isArray(value) ? value.join(',') : String(value))
    }
    const search = query.toString()
    return this.#send('GET', search === '' ? '/users/' : `/users/?${search}`)
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
  updateUser(args: { id: string; changes: PlusAuthUserChanges }): Promise<unknown> {
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
}
