import { basicAuthorization } from '../auth/basic-authorization.ts'
import { oauthTokenSource } from '../auth/oauth-token-source.ts'
import { tokenRequest } from '../auth/token-request.ts'
import type { TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isUstaExpiredToken, parseUstaError } from './usta-envelope.ts'

/** How to reach USTA: the API hosts, the token URL, and either a token source or client credentials. */
export interface UstaConfig {
  /** Services API host only, e.g. `https://stage-services.usta.com` or `https://services.usta.com`; the client adds `/v1`. */
  apiBaseUrl: string
  /**
   * The USTA Connect API host, where the Facility API lives, e.g. `https://stage-api-ustaconnect.usta.com`
   * or `https://api-ustaconnect.usta.com`. Defaults to `apiBaseUrl` (the reference sandbox and the
   * contract mock serve both APIs on one host); against USTA, set it.
   */
  connectBaseUrl?: string | undefined
  /**
   * The token endpoint, chosen by whoever configures the client (no host is built in): USTA's pages
   * name two stage hosts, `https://stage-account-ustaconnect.usta.com/oauth2/token` (Cognito Endpoints)
   * and `https://stage-account.usta.com/oauth2/token` (Machine to Machine); production
   * `https://account-ustaconnect.usta.com/oauth2/token`.
   */
  tokenUrl?: string | undefined
  /** A token source; when absent and client credentials are set, tokens come from `tokenUrl`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  fetch?: typeof fetch | undefined
}

/** The token answer (client credentials: no refresh token; USTA's pages list no fields, these are OAuth's). */
export interface UstaToken {
  access_token: string
  token_type?: string
  expires_in?: number
}

/** A facility as the Facility API's create-or-update takes it: `facilityStatus`, `name` and `isPrivateFlag` are required. */
export interface UstaFacility {
  /** USTA's id; when present the call updates that facility (then `verifiedBy` is needed too). */
  ustaFacilityId?: number
  facilityStatus: 'Active' | 'Closed' | 'Duplicate' | 'Nonexistent' | 'ConvertedPickleBall' | 'Inactive'
  name: string
  isPrivateFlag: boolean
  externalFacilityId?: string
  verifiedBy?: string
  phoneNumber?: string
  website?: string
  facilityType?: string
  address?: {
    streetAddressLine1?: string
    streetAddressLine2?: string | null
    city?: string
    state?: string
    zip?: string
    country?: string
    [field: string]: unknown
  }
  [field: string]: unknown
}

/** Query parameters of the facility list (not a USTA operation: see {@link UstaClient.listFacilities}). */
export type FacilityQuery = Record<string, string>

const API = '/v1'
/** USTA's pages ask for this content type on every request, with or without a body. */
const JSON_CONTENT = { 'Content-Type': 'application/json' } as const
const reading = { vendor: 'usta', parse: parseUstaError, errorContentTypes: ['application/json'] } as const

/**
 * The HTTP Basic header the token host expects on a client-credentials token request: the client
 * id and secret joined by a colon and base64-encoded, as USTA's example does (no URL-encoding).
 *
 * @example
 * ustaBasicAuthorization('id', 'secret') // { Authorization: 'Basic aWQ6c2VjcmV0' }
 */
export function ustaBasicAuthorization(clientId: string, clientSecret: string): Record<string, string> {
  return { Authorization: basicAuthorization(clientId, clientSecret) }
}

/**
 * Typed client for the USTA API, limited to the calls whose errors the vendor documents. Calls
 * marked "not a USTA operation" exist only for catalog entries that keep our earlier guess as a
 * pending interaction: no USTA page documents them. Every failure is thrown as a `VendorError`
 * whose `field` is USTA's `subject` when the answer names one.
 *
 * @example
 * const usta = new UstaClient({ apiBaseUrl: 'https://stage-services.usta.com', tokenUrl: process.env.USTA_TOKEN_URL, clientId, clientSecret })
 * await usta.getCustomer({ uaid: '2000000001' })
 * @see https://ustadigital.atlassian.net/wiki/pages/viewpage.action?pageId=774406591
 */
export class UstaClient {
  readonly http: VendorHttp
  /** The USTA Connect API (Facility API). */
  readonly connect: VendorHttp
  readonly #config: UstaConfig
  readonly #tokenHttp: VendorHttp | undefined

  constructor(config: UstaConfig) {
    this.#config = config
    let tokens = config.tokens
    if (tokens === undefined && config.tokenUrl !== undefined && config.clientId !== undefined && config.clientSecret !== undefined) {
      this.#tokenHttp = new VendorHttp({ baseUrl: new URL(config.tokenUrl).origin, reading, fetch: config.fetch })
      tokens = oauthTokenSource({ request: () => this.requestToken(), vendor: 'usta', url: () => this.#config.tokenUrl ?? '' })
    }
    this.http = new VendorHttp({ baseUrl: config.apiBaseUrl, reading, tokens, isExpiredToken: isUstaExpiredToken, fetch: config.fetch })
    this.connect = new VendorHttp({
      baseUrl: config.connectBaseUrl ?? config.apiBaseUrl,
      reading,
      tokens,
      isExpiredToken: isUstaExpiredToken,
      fetch: config.fetch,
    })
  }

  /**
   * `POST {tokenUrl}`: a client-credentials token, sent as USTA's machine-to-machine curl example
   * sends it: client id and secret in HTTP Basic, `grant_type=client_credentials` as a form field.
   * No scope is asked for: USTA fixes a client's scope when it sets the client up.
   */
  async requestToken(): Promise<UstaToken> {
    const { tokenUrl, clientId = '', clientSecret = '' } = this.#config
    if (this.#tokenHttp === undefined || tokenUrl === undefined)
      throw new Error('UstaClient: requestToken needs tokenUrl, clientId and clientSecret in its config')
    const { headers, form } = tokenRequest({ client: { method: 'client_secret_basic', clientId, clientSecret } })
    return this.#tokenHttp.send<UstaToken>({ method: 'POST', path: new URL(tokenUrl).pathname, headers, form })
  }

  /** `GET /v1/customer/{uaid}`: one customer (a USTA account) by UAID. */
  getCustomer(args: { uaid: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/customer/${encodeURIComponent(args.uaid)}`, headers: JSON_CONTENT })
  }

  /** `PATCH /v1/customer/{uaid}`: changes some of a customer's fields (USTA's pages do not list them); 200 with an empty body. */
  updateCustomer(args: { uaid: string; changes: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'PATCH', path: `${API}/customer/${encodeURIComponent(args.uaid)}`, json: args.changes })
  }

  /** `GET /v1/organizations/{uaid}`: one organization by UAID. */
  getOrganization(args: { uaid: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/organizations/${encodeURIComponent(args.uaid)}`, headers: JSON_CONTENT })
  }

  /** `GET /v1/organizations/{uaid}/facilities`: the ids of an organization's facilities (USTA's only documented facility list). */
  listOrganizationFacilities(args: { uaid: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/organizations/${encodeURIComponent(args.uaid)}/facilities`, headers: JSON_CONTENT })
  }

  /** `GET /v1/facilities/{id}`: one facility. */
  getFacility(args: { id: string | number }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/facilities/${encodeURIComponent(String(args.id))}`, headers: JSON_CONTENT })
  }

  /**
   * `POST /v1/usta-connect/facilities` on the USTA Connect host: the Facility API's create-or-update.
   * With `ustaFacilityId` it updates that facility; without, a facility at the same address is
   * returned instead of a duplicate, else a new one is created and its id returned.
   */
  upsertFacility(args: { facility: UstaFacility }): Promise<unknown> {
    return this.connect.send({ method: 'POST', path: `${API}/usta-connect/facilities`, json: args.facility })
  }

  /**
   * `POST /v1/facilities`: listed as "create a new facility", without a body, only by an old version
   * of USTA's unbound page; the Facility API ({@link upsertFacility}) documents facility creation
   * instead. Kept for the pending catalog entries that keep our earlier guess (`name`, `organizationUaid`).
   */
  createFacility(args: { facility: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/facilities`, json: args.facility })
  }

  /** `GET /v1/providers/search/byFirstNameLastName`: providers (coaches) by name (parameter names read from the path). */
  searchProvidersByName(args: { firstName: string; lastName: string }): Promise<unknown> {
    return this.http.send({
      method: 'GET',
      path: `${API}/providers/search/byFirstNameLastName`,
      query: { firstName: args.firstName, lastName: args.lastName },
      headers: JSON_CONTENT,
    })
  }

  /** `GET /v1/facilities`: not a USTA operation (no page lists a facility list); kept for pending catalog entries only. */
  listFacilities(args: { query?: FacilityQuery }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/facilities`, query: args.query, headers: JSON_CONTENT })
  }

  /** `PUT /v1/customer/{uaid}/password`: not a USTA operation (passwords live in the hosted login); kept for pending catalog entries only. */
  changePassword(args: { uaid: string; change: { currentPassword: string; newPassword: string; confirmNewPassword: string } }): Promise<unknown> {
    return this.http.send({ method: 'PUT', path: `${API}/customer/${encodeURIComponent(args.uaid)}/password`, json: args.change })
  }

  /** `PATCH /v1/providers/{uaid}`: not a USTA operation (the only provider write is the coach's own bound call); kept for pending catalog entries only. */
  updateProvider(args: { uaid: string; changes: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'PATCH', path: `${API}/providers/${encodeURIComponent(args.uaid)}`, json: args.changes })
  }

  /** `POST /v1/clients`: not a USTA operation (USTA issues API clients on request by email); kept for pending catalog entries only. */
  registerClient(args: { client: Record<string, unknown> }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/clients`, json: args.client })
  }

  /**
   * Any route under `/v1` with any method and no body, for calls this client has no method for.
   * It carries `Content-Type: application/json` as USTA asks, unless `contentType` is null.
   */
  sendRaw(args: { method: string; path: string; contentType?: string | null }): Promise<unknown> {
    const contentType = args.contentType === undefined ? JSON_CONTENT['Content-Type'] : args.contentType
    return this.http.send({ method: args.method, path: `${API}${args.path}`, headers: contentType === null ? {} : { 'Content-Type': contentType } })
  }
}
