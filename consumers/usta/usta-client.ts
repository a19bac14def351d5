import { cachedToken, type TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isUstaExpiredToken, parseUstaError } from './usta-envelope.ts'
import { tokenFromAnswer } from '../auth/token-answer.ts'
import { redactUrl } from '../http/redact-url.ts'

/** How to reach USTA: the API host, the Cognito token URL, and either a token source or client credentials. */
export interface UstaConfig {
  /** API host only, e.g. `https://stage-services.usta.com` or `https://services.usta.com`; the client adds `/v1`. */
  apiBaseUrl: string
  /** The Cognito token endpoint, e.g. `https://stage-account-ustaconnect.usta.com/oauth2/token`. */
  tokenUrl?: string | undefined
  /** A token source; when absent and client credentials are set, tokens come from `tokenUrl`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  /** Space-separated scopes to ask for, if USTA issued the client any (optional). */
  scope?: string | undefined
  fetch?: typeof fetch | undefined
}

/** The Cognito token answer (client credentials: no refresh token). */
export interface UstaToken {
  access_token: string
  token_type?: string
  expires_in?: number
}

/** Query parameters of the facility list. */
export type FacilityQuery = Record<string, string>

const API = '/v1'
const reading = { vendor: 'usta', parse: parseUstaError, errorContentTypes: ['application/json'] } as const

/**
 * The HTTP Basic header Cognito expects on a client-credentials token request.
 *
 * @example
 * ustaBasicAuthorization('id', 'secret') // { Authorization: 'Basic aWQ6c2VjcmV0' }
 */
export function ustaBasicAuthorization(clientId: string, clientSecret: string): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` }
}

/**
 * Typed client for the USTA API, limited to the calls whose errors the vendor documents (and
 * the calls assumed to produce them, marked below). Every failure is thrown as a `VendorError`
 * whose `field` is USTA's `subject` when the answer names one.
 *
 * @example
 * const usta = new UstaClient({ apiBaseUrl: 'https://stage-services.usta.com', tokenUrl, clientId, clientSecret })
 * await usta.getCustomer({ uaid: '2000000001' })
 * @see https://ustadigital.atlassian.net/wiki/pages/viewpage.action?pageId=774406591
 */
export class UstaClient {
  readonly http: VendorHttp
  readonly #config: UstaConfig
  readonly #tokenHttp: VendorHttp | undefined

  constructor(config: UstaConfig) {
    this.#config = config
    let tokens = config.tokens
    if (tokens === undefined && config.tokenUrl !== undefined && config.clientId !== undefined && config.clientSecret !== undefined) {
      this.#tokenHttp = new VendorHttp({ baseUrl: new URL(config.tokenUrl).origin, reading, fetch: config.fetch })
      tokens = cachedToken(() => this.#fetchToken())
    }
    this.http = new VendorHttp({ baseUrl: config.apiBaseUrl, reading, tokens, isExpiredToken: isUstaExpiredToken, fetch: config.fetch })
  }

  /** `POST {tokenUrl}`: a client-credentials token from Cognito, client id and secret in HTTP Basic. */
  async requestToken(): Promise<UstaToken> {
    const { tokenUrl, clientId = '', clientSecret = '', scope } = this.#config
    if (this.#tokenHttp === undefined || tokenUrl === undefined)
      throw new Error('UstaClient: requestToken needs tokenUrl, clientId and clientSecret in its config')
    const form: Record<string, string> = { grant_type: 'client_credentials' }
    if (scope !== undefined) form.scope = scope
    return this.#tokenHttp.send<UstaToken>({ method: 'POST', path: new URL(tokenUrl).pathname, form, headers: ustaBasicAuthorization(clientId, clientSecret) })
  }

  /** `GET /customer/{uaid}`: one customer (a USTA account) by UAID. */
  getCustomer(args: { uaid: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/customer/${encodeURIComponent(args.uaid)}` })
  }

  /** `PATCH /customer/{uaid}`: changes some of a customer's fields (assumed from the page's PUT/PATCH row). */
  updateCustomer(args: { uaid: string; changes: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'PATCH', path: `${API}/customer/${encodeURIComponent(args.uaid)}`, json: args.changes })
  }

  /** `PUT /customer/{uaid}/password` (assumed endpoint): changes a customer's password. */
  changePassword(args: { uaid: string; change: { currentPassword: string; newPassword: string; confirmNewPassword: string } }): Promise<unknown> {
    return this.http.send({ method: 'PUT', path: `${API}/customer/${encodeURIComponent(args.uaid)}/password`, json: args.change })
  }

  /** `GET /organizations/{uaid}`: one organization by UAID. */
  getOrganization(args: { uaid: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/organizations/${encodeURIComponent(args.uaid)}` })
  }

  /** `GET /facilities`: facilities matching the query. */
  listFacilities(args: { query?: FacilityQuery }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/facilities`, query: args.query })
  }

  /** `POST /facilities`: creates a facility. */
  createFacility(args: { facility: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/facilities`, json: args.facility })
  }

  /** `GET /providers/search/byFirstNameLastName`: providers (coaches) by name. */
  searchProvidersByName(args: { firstName: string; lastName: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/providers/search/byFirstNameLastName`, query: { firstName: args.firstName, lastName: args.lastName } })
  }

  /** `PATCH /providers/{uaid}` (assumed endpoint): changes a provider's (coach's) record, e.g. its USPTA or PTR number. */
  updateProvider(args: { uaid: string; changes: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'PATCH', path: `${API}/providers/${encodeURIComponent(args.uaid)}`, json: args.changes })
  }

  /** `POST /clients` (assumed endpoint): registers an API client for an organization. */
  registerClient(args: { client: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/clients`, json: args.client })
  }

  /** Any route under `/v1` with any method and no body, for calls this client has no method for. */
  sendRaw(args: { method: string; path: string }): Promise<unknown> {
    return this.http.send({ method: args.method, path: `${API}${args.path}` })
  }

  async #fetchToken() {
    const answer: unknown = await this.requestToken()
    return tokenFromAnswer(answer, { vendor: 'usta', request: { method: 'POST', url: redactUrl(this.#config.tokenUrl ?? '') } })
  }
}
