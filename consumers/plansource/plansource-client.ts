import { cachedToken, type TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { isPlanSourceExpiredToken, parsePlanSourceError } from './plansource-envelope.ts'
import { tokenFromAnswer } from '../auth/token-answer.ts'
import { redactUrl } from '../http/redact-url.ts'

/** How to reach PlanSource: the host, and either a token source or client credentials. */
export interface PlanSourceConfig {
  /** Host only, e.g. `https://partner-dev-api.plansource.com`; the client adds `/admin/v2`. */
  baseUrl: string
  /** A token source; when absent and `clientAssertion` is set, tokens are fetched from `/oauth/v2/token`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  /** Returns a freshly signed client assertion (see `signClientAssertion`). */
  clientAssertion?: (() => string | Promise<string>) | undefined
  fetch?: typeof fetch | undefined
}

/** A subscriber (employee) to create; PlanSource needs `user_name` or `first_name` and `last_name`. */
export interface NewSubscriber {
  user_name?: string
  first_name?: string
  last_name?: string
  organization_code?: string
  [field: string]: unknown
}

/** The documented token answer. */
export interface PlanSourceToken {
  access_token: string
  token_type?: string
  expires_in?: number
}

const API = '/admin/v2'

/**
 * Typed client for the PlanSource Benefits Admin API v2, limited to the calls whose errors the
 * vendor documents. Every failure is thrown as a `VendorError`.
 *
 * @example
 * const plansource = new PlanSourceClient({ baseUrl: 'https://partner-dev-api.plansource.com', clientId, clientAssertion })
 * await plansource.getEmployee({ id: '1001' })
 * @see https://developer.plansource.com/docs/frequently-asked-errors
 */
export class PlanSourceClient {
  readonly http: VendorHttp

  constructor(config: PlanSourceConfig) {
    const tokens = config.tokens ?? (config.clientAssertion ? cachedToken(() => this.#fetchToken()) : undefined)
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

  /** `POST /oauth/v2/token` with a signed client assertion (client-credentials grant). */
  async requestToken(): Promise<PlanSourceToken> {
    const assertion = await this.#config.clientAssertion?.()
    return this.http.send<PlanSourceToken>({
      method: 'POST',
      path: '/oauth/v2/token',
      auth: false,
      form: {
        grant_type: 'client_credentials',
        scope: 'admin_api_v2',
        client_id: this.#config.clientId ?? '',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion ?? '',
      },
    })
  }

  /** `POST /subscriber`: creates an employee. */
  createSubscriber(args: { subscriber: NewSubscriber }): Promise<unknown> {
    return this.http.send({ method: 'POST', path: `${API}/subscriber`, json: args.subscriber })
  }

  /** `GET /eoi/subscriber/{id}`: an employee's evidence-of-insurability record. */
  getEmployee(args: { id: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/eoi/subscriber/${encodeURIComponent(args.id)}` })
  }

  /** `GET /coverage/meta`: metadata of one coverage. */
  getCoverageMeta(args: { coverageId: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}/coverage/meta`, query: { coverage_id: args.coverageId } })
  }

  /** `PUT /eoi/form_completions`: records completed EOI forms. */
  completeForms(args: { request: { form_completions?: unknown[] } }): Promise<unknown> {
    return this.http.send({ method: 'PUT', path: `${API}/eoi/form_completions`, json: args.request })
  }

  /** Any route under `/admin/v2`, for calls this client has no method for yet. */
  getRaw(args: { path: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: `${API}${args.path}` })
  }

  async #fetchToken() {
    const answer: unknown = await this.requestToken()
    const { token, expiresInMs } = tokenFromAnswer(answer, {
      vendor: 'plansource',
      request: { method: 'POST', url: redactUrl(this.http.url('/oauth/v2/token')) },
    })
    return { token, expiresInMs: expiresInMs ?? 300_000 }
  }
}
