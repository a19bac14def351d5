import { oauthTokenSource } from '../auth/oauth-token-source.ts'
import { tokenRequest } from '../auth/token-request.ts'
import type { TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { DOCPLANNER_ACCEPT, DOCPLANNER_ERROR_CONTENT_TYPE, isDocplannerExpiredToken, parseDocplannerError } from './docplanner-envelope.ts'

/** How to reach Docplanner: the country host, and either a token source or client credentials. */
export interface DocplannerConfig {
  /** Host only, one per country, e.g. `https://www.znanylekarz.pl`; the client adds `/api/v3/integration`. */
  baseUrl: string
  /** A token source; when absent and `clientId`/`clientSecret` are set, tokens come from `/oauth/v2/token`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  fetch?: typeof fetch | undefined
}

/** The documented token answer (the guide says tokens last 24 h; its sample says `expires_in: 3600` and `scope: null`). */
export interface DocplannerToken {
  access_token: string
  token_type?: string
  expires_in?: number
  scope?: string | null
}

/** Which doctor's address a call is about, in Docplanner's ids. */
export interface DoctorAddress {
  facilityId: string
  doctorId: string
  addressId: string
}

/**
 * The patient of a booking (`Patient` in Docplanner's API reference): `name` and `phone` are
 * required (`phone` may be null); `surname` has been optional since API 1.0.6.
 */
export interface BookSlotPatient {
  name: string
  phone: string | null
  surname?: string
  email?: string | null
  /** A date, `YYYY-MM-DD`. */
  birth_date?: string | null
  nin?: string | null
  gender?: 'm' | 'f' | null
  marketing_consent?: boolean | null
  data_privacy_consent?: boolean | null
  [field: string]: unknown
}

/** A patient booking a slot (`BookSlotRequest` in Docplanner's API reference). */
export interface BookSlotRequest {
  address_service_id: string
  duration: number
  patient: BookSlotPatient
  is_returning?: boolean
  label?: string | null
  comment?: string | null
  insurance_provider_id?: string | null
  insurance_plan_id?: string | null
  is_recurring?: boolean
  [field: string]: unknown
}

/** One slot of a replace request; null or no `address_services` removes the slots in its time range. */
export interface ReplaceSlotsItem {
  start: string
  end: string
  address_services?: Array<{ address_service_id: string; duration: number }> | null
  insurance_accepted?: 'with-and-without-insurance' | 'without-insurance-only' | 'with-insurance-only' | null
  insurance_providers?: number[] | null
}

/** Slots that replace every slot Docplanner had within the items' time ranges (`ReplaceSlotsRequest`). */
export interface ReplaceSlotsRequest {
  slots: ReplaceSlotsItem[]
}

const API = '/api/v3/integration'
const TOKEN_PATH = '/oauth/v2/token'
/** Tokens last 24 h by the guide but 3600 s by its sample; the shorter is the safe default. */
const DEFAULT_TOKEN_SECONDS = 3600

/**
 * Typed client for the Docplanner Integrations API v3, limited to the calls whose errors the
 * catalog records. Every failure is thrown as a `VendorError`; a 401 refreshes the token once.
 *
 * @example
 * const docplanner = new DocplannerClient({ baseUrl: 'https://www.znanylekarz.pl', clientId, clientSecret })
 * await docplanner.getBooking({ facilityId: '1', doctorId: '2', addressId: '3', bookingId: '4' })
 * @see https://integrations.docplanner.com/guide/fundamentals/errors.html
 */
export class DocplannerClient {
  readonly http: VendorHttp
  readonly #config: DocplannerConfig

  constructor(config: DocplannerConfig) {
    this.#config = config
    const canFetchTokens = config.clientId !== undefined && config.clientSecret !== undefined
    const tokens =
      config.tokens ??
      (canFetchTokens
        ? oauthTokenSource({
            request: () => this.requestToken(),
            vendor: 'docplanner',
            url: () => this.http.url(TOKEN_PATH),
            defaultLifetimeMs: DEFAULT_TOKEN_SECONDS * 1000,
          })
        : undefined)
    this.http = new VendorHttp({
      baseUrl: config.baseUrl,
      reading: { vendor: 'docplanner', parse: parseDocplannerError, errorContentTypes: [DOCPLANNER_ERROR_CONTENT_TYPE] },
      tokens,
      isExpiredToken: isDocplannerExpiredToken,
      fetch: config.fetch,
    })
  }

  /** `POST /oauth/v2/token`: client credentials in HTTP Basic, `grant_type=client_credentials&scope=integration`. */
  async requestToken(): Promise<DocplannerToken> {
    const { clientId = '', clientSecret = '' } = this.#config
    const { headers, form } = tokenRequest({ client: { method: 'client_secret_basic', clientId, clientSecret }, scope: 'integration' })
    return this.http.send<DocplannerToken>({ method: 'POST', path: TOKEN_PATH, auth: false, headers, form })
  }

  /** `GET /facilities`: the facilities assigned to our integration client. */
  listFacilities(): Promise<unknown> {
    return this.#api('GET', '/facilities')
  }

  /** `GET .../bookings/{id}`: one booking at a doctor's address. */
  getBooking(args: DoctorAddress & { bookingId: string }): Promise<unknown> {
    return this.#api('GET', `${addressPath(args)}/bookings/${segment(args.bookingId)}`)
  }

  /** `POST .../slots/{start}/book`: books the slot starting at `start` (ISO 8601, sent url-encoded as the API asks); answers 200 with the booking. */
  bookSlot(args: DoctorAddress & { start: string; booking: BookSlotRequest }): Promise<unknown> {
    return this.#api('POST', `${addressPath(args)}/slots/${segment(args.start)}/book`, args.booking)
  }

  /** `PUT .../slots`: replaces the address's slots within the time ranges the request covers; answers 201 with no body (resolves undefined). */
  replaceSlots(args: DoctorAddress & { request: ReplaceSlotsRequest }): Promise<unknown> {
    return this.#api('PUT', `${addressPath(args)}/slots`, args.request)
  }

  /** Any method on any route under `/api/v3/integration`, for calls this client has no method for yet. */
  sendRaw(args: { method: string; path: string; json?: unknown }): Promise<unknown> {
    return this.#api(args.method, args.path, args.json)
  }

  #api(method: string, path: string, json?: unknown): Promise<unknown> {
    return this.http.send({ method, path: `${API}${path}`, json, headers: { Accept: DOCPLANNER_ACCEPT } })
  }
}

function addressPath(args: DoctorAddress): string {
  return `/facilities/${segment(args.facilityId)}/doctors/${segment(args.doctorId)}/addresses/${segment(args.addressId)}`
}

function segment(value: string): string {
  return encodeURIComponent(value)
}
