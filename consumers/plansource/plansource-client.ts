import { randomUUID } from 'node:crypto'
import { oauthTokenSource } from '../auth/oauth-token-source.ts'
import { tokenRequest } from '../auth/token-request.ts'
import type { TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isPlanSourceExpiredToken, parsePlanSourceError } from './plansource-envelope.ts'

/** The scope PlanSource's Admin API v2 asks for, sent as the `scopes` claim of the client assertion. */
export const PLANSOURCE_SCOPES = 'admin_api_v2'

/** What a PlanSource client assertion must say, handed to the `clientAssertion` callback. */
export interface PlanSourceAssertionClaims {
  /** The `aud` claim: the authorization server's hostname, e.g. `partner-dev-api.plansource.com`. */
  audience: string
  /** The `scopes` claim, space-separated: `admin_api_v2`. */
  scopes: string
  /** The `sub` claim: the API user's lookup code (`clientId` of the config). */
  clientId: string | undefined
}

/** How to reach PlanSource: the host, and either a token source or a client assertion signer. */
export interface PlanSourceConfig {
  /** Host only, e.g. `https://partner-dev-api.plansource.com`; the client adds `/admin/v2`. */
  baseUrl: string
  /** A token source; when absent and `clientAssertion` is set, tokens are fetched from `/oauth/v2/token`. */
  tokens?: TokenSource | undefined
  /** The API user's lookup code: the assertion's `sub`. PlanSource reads the client from the assertion; no form field carries it. */
  clientId?: string | undefined
  /**
   * Returns a freshly signed client assertion for the claims given (see `signClientAssertion`):
   * `aud` the authorization server's hostname, a `scopes` claim, `sub` the client id.
   */
  clientAssertion?: ((claims: PlanSourceAssertionClaims) => string | Promise<string>) | undefined
  fetch?: typeof fetch | undefined
}

/**
 * A subscriber (employee) to create: a flat object of the Admin API's subscriber fields.
 * PlanSource needs `user_name`, or `first_name` and `last_name`; dates are `YYYY-MM-DD`.
 */
export interface NewSubscriber {
  user_name?: string
  first_name?: string
  last_name?: string
  birthdate?: string
  ssn?: string
  [field: string]: unknown
}

/** An administrator to create (`POST /administrator`). */
export interface NewAdministrator {
  /** The login; `user_name` is required when `user` is sent. */
  user?: { user_name: string; email?: string; time_zone?: string; override_sso?: boolean }
  administrator?: { first_name?: string; middle_name?: string; last_name?: string; phone?: string; fax?: string; [flag: string]: unknown }
  /** Role lookup codes available to the API user. */
  roles: string[]
  /** One or more organization codes the administrator belongs to. */
  organization_codes: string[]
  /** Population lookup codes; PlanSource says one or more is needed for an organization administrator. */
  org_populations?: string[]
  far_lookup_code: 'update_all' | 'import' | 'read_only' | 'subscriber' | 'batch_import'
  user_type: 'org_admin' | 'master_admin'
}

/** One EOI form completion: an object (not a list), every field a string. */
export interface FormCompletion {
  ssn?: string
  benefits?: string
  /** `"true"` or `"false"`, as strings. */
  completed?: 'true' | 'false'
  /** `YYYY-MM-DD`. */
  expiration_date?: string
  reference_number?: string
  [field: string]: unknown
}

/** The token answer (PlanSource does not document its fields; these are OAuth 2.0's). */
export interface PlanSourceToken {
  access_token: string
  token_type?: string
  expires_in?: number
}

const API = '/admin/v2'
const TOKEN_PATH = '/oauth/v2/token'
/** Assumption: no vendor source gives a lifetime; the error page says tokens last a few minutes. */
const DEFAULT_TOKEN_LIFETIME_MS = 300_000

/**
 * Typed client for the PlanSource Benefits Admin API v2, limited to the calls whose errors the
 * vendor documents. Every failure is thrown as a `VendorError`.
 *
 * @example
 * const plansource = new PlanSourceClient({
 *   baseUrl: 'https://partner-dev-api.plansource.com',
 *   clientId,
 *   clientAssertion: ({ audience, scopes }) => signClientAssertion({ clientId, audience, scopes, privateKey }),
 * })
 * await plansource.getEmployee({ id: '1001' })
 * @see https://developer.plansource.com/docs/frequently-asked-errors
 * @see https://developer.plansource.com/docs/obtaining-an-access-token-to-admin-api
 */
export class PlanSourceClient {
  readonly http: VendorHttp

  constructor(config: PlanSourceConfig) {
    const tokens =
      config.tokens ??
      (config.clientAssertion
        ? oauthTokenSource({
            request: () => this.requestToken(),
            vendor: 'plansource',
            url: () => this.http.url(TOKEN_PATH),
            defaultLifetimeMs: DEFAULT_TOKEN_LIFETIME_MS,
          })
        : undefined)
    this.http = new VendorHttp({
      baseUrl: config.baseUrl,
      reading: { vendor: 'plansource', parse: parsePlanSourceError, errorContentTypes: ['application/json'] },
      tokens,
      isExpiredToken: isPlanSourceExpiredToken,
      fetch: config.fetch,
    })
    this.#config = config
  }

  readonly #config: PlanSourceConfig

  /**
   * `POST /oauth/v2/token`, form-encoded, as PlanSource's access-token guide lists it:
   * `grant_type=client_credentials`, the JWT-bearer `client_assertion_type`, the signed
   * `client_assertion` (aud the host name, scopes in a `scopes` claim) and `code`, a random
   * string for CSRF protection, new on every request.
   */
  async requestToken(): Promise<PlanSourceToken> {
    const sign = this.#config.clientAssertion
    if (!sign) throw new Error('PlanSourceClient: requestToken needs clientAssertion in its config')
    const audience = new URL(this.http.url('/')).hostname
    const assertion = await sign({ audience, scopes: PLANSOURCE_SCOPES, clientId: this.#config.clientId })
    const { headers, form } = tokenRequest({ client: { method: 'private_key_jwt', assertion }, extra: { code: randomUUID() } })
    return this.http.send<PlanSourceToken>({ method: 'POST', path: TOKEN_PATH, auth: false, headers, form })
  }

  /** `POST /subscriber`: creates an employee from a flat body; `isCustomId` sends `is_custom_id=true`. */
  createSubscriber(args: { subscriber: NewSubscriber; isCustomId?: boolean }): Promise<unknown> {
    return this.http.send({
      method: 'POST',
      path: `${API}/subscriber`,
      query: { is_custom_id: args.isCustomId === undefined ? undefined : String(args.isCustomId) },
      json: args.subscriber,
    })
  }

  /** `GET /eoi/subscriber/{subscriber_id}`: the pending evidence-of-insurability data of one subscriber (`id` is the numeric subscriber id). */
  getEmployee(args: { id: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/eoi/subscriber/${encodeURIComponent(args.id)}` })
  }

  /** `GET /coverage/meta`: coverage metadata (termination reasons); it takes no parameters. */
  getCoverageMeta(): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/coverage/meta` })
  }

  /** `GET /coverage/{coverage_id}/lines`: the stacked coverage lines of one coverage. */
  getCoverageLines(args: { coverageId: string; startDate?: string; endDate?: string; planYear?: 'previous' | 'current' | 'next' }): Promise<unknown> {
    return this.http.send({
      method: 'GET',
      path: `${API}/coverage/${encodeURIComponent(args.coverageId)}/lines`,
      query: { start_date: args.startDate, end_date: args.endDate, plan_year: args.planYear },
    })
  }

  /** `PUT /eoi/form_completions`: records completed EOI forms; `form_completions` is an object. */
  completeForms(args: { request: { form_completions?: FormCompletion } }): Promise<unknown> {
    return this.http.send({ method: 'PUT', path: `${API}/eoi/form_completions`, json: args.request })
  }

  /** `POST /administrator`: creates an administrator in the organizations named by `organization_codes`. */
  createAdministrator(args: { request: NewAdministrator }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/administrator`, json: args.request })
  }

  /** Any route under `/admin/v2`, for calls this client has no method for yet. */
  getRaw(args: { path: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}${args.path}` })
  }
}
