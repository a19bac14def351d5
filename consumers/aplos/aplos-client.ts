import type { KeyObject } from 'node:crypto'
import { unusableTokenAnswer } from '../auth/token-answer.ts'
import { cachedToken, type TokenSource } from '../auth/token-source.ts'
import { VendorError } from '../errors/vendor-error.ts'
import { isRecord } from '../http/error-envelope.ts'
import { redactUrl } from '../http/redact-url.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { aplosAuthorization } from './aplos-authorization.ts'
import { isAplosExpiredToken, parseAplosError } from './aplos-envelope.ts'
import type { AplosAuthData, AplosListData, AplosPartnerVerificationData, AplosQuery, AplosResponse, AplosTransactionInput } from './aplos-resources.ts'
import { rsaTokenDecrypter, type AplosTokenDecrypter } from './aplos-token-decrypter.ts'

/** How to reach Aplos: the host, and either a token source or the client id plus a way to decrypt tokens. */
export interface AplosConfig {
  /** Host only, e.g. `https://app.aplos.com`; the client adds `/hermes/api/v1`. */
  baseUrl: string
  /** A token source; when absent, tokens come from `GET /auth/{clientId}`. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  /**
   * Partner mode: the Aplos account (organization) a partner's client works on, sent as the
   * `aplos-account-id` header on every data call (each resource page lists it as optional). Left
   * out (client mode, the account's own client), no such header is sent.
   */
  accountId?: string | undefined
  /** The account's private key (from the environment), used when `decryptToken` is absent. */
  privateKey?: string | KeyObject | undefined
  /** Replaces RSA decryption of the auth call's token (tests pass `(token) => token`). */
  decryptToken?: AplosTokenDecrypter | undefined
  fetch?: typeof fetch | undefined
  now?: (() => number) | undefined
}

/** How long an Aplos token lives, per the vendor: 30 minutes. */
export const APLOS_TOKEN_LIFETIME_MS = 30 * 60_000

const API = '/hermes/api/v1'

/**
 * Typed client for the Aplos fund-accounting API v1, limited to the calls whose errors the
 * catalog records. Every failure is thrown as a `VendorError`.
 *
 * @example
 * const aplos = new AplosClient({ baseUrl: 'https://app.aplos.com', clientId, privateKey: process.env.APLOS_PRIVATE_KEY })
 * const { data } = await aplos.listFunds()
 * @see https://www.aplos.com/api/error-handling
 */
export class AplosClient {
  readonly http: VendorHttp
  readonly #config: AplosConfig
  readonly #decrypt: AplosTokenDecrypter | undefined

  constructor(config: AplosConfig) {
    this.#config = config
    this.#decrypt = config.decryptToken ?? (config.privateKey === undefined ? undefined : rsaTokenDecrypter(config.privateKey))
    const tokens =
      config.tokens ?? (config.clientId !== undefined && this.#decrypt !== undefined ? cachedToken(() => this.#fetchToken(), config.now) : undefined)
    this.http = new VendorHttp({
      baseUrl: config.baseUrl,
      reading: { vendor: 'aplos', parse: parseAplosError, errorContentTypes: ['application/json'] },
      tokens,
      authorize: aplosAuthorization,
      isExpiredToken: isAplosExpiredToken,
      fetch: config.fetch,
    })
  }

  /** `GET /auth/{clientId}`: a new token, still encrypted with the account's public key. */
  async requestToken(args: { clientId?: string } = {}): Promise<AplosResponse<AplosAuthData>> {
    const clientId = args.clientId ?? this.#config.clientId
    if (clientId === undefined) throw new Error('aplos: requestToken needs a clientId (argument or config)')
    return this.http.send({ method: 'GET', path: `${API}/auth/${encodeURIComponent(clientId)}`, auth: false })
  }

  /** `GET /accounts`: the chart of accounts (each account's asset/income/… classification is its `category`). */
  listAccounts(args: { query?: AplosQuery } = {}): Promise<AplosResponse<AplosListData>> {
    return this.http.send({ method: 'GET', path: `${API}/accounts`, query: args.query, headers: this.#accountHeader() })
  }

  /** `GET /funds`: a routine read with the client's own token. */
  listFunds(args: { query?: AplosQuery } = {}): Promise<AplosResponse<AplosListData>> {
    return this.http.send({ method: 'GET', path: `${API}/funds`, query: args.query, headers: this.#accountHeader() })
  }

  /** `GET /transactions`: list items carry no lines (`getTransaction` has them). */
  listTransactions(args: { query?: AplosQuery } = {}): Promise<AplosResponse<AplosListData>> {
    return this.http.send({ method: 'GET', path: `${API}/transactions`, query: args.query, headers: this.#accountHeader() })
  }

  /** `GET /individual_contributions`: donations by individuals, a routine read with the client's own token. */
  listIndividualContributions(args: { query?: AplosQuery } = {}): Promise<AplosResponse<AplosListData>> {
    return this.http.send({ method: 'GET', path: `${API}/individual_contributions`, query: args.query, headers: this.#accountHeader() })
  }

  /** `GET /transactions/{id}`: one transaction, with its lines. */
  getTransaction(args: { id: number | string }): Promise<AplosResponse<Record<string, unknown>>> {
    return this.http.send({ method: 'GET', path: `${API}/transactions/${encodeURIComponent(String(args.id))}`, headers: this.#accountHeader() })
  }

  /**
   * `POST /transactions` (documented by PEX's Postman collection and client; no source states
   * its success status). Without a transaction nothing is sent, and Aplos answers 4000 Invalid Data.
   */
  createTransaction(args: { transaction?: AplosTransactionInput } = {}): Promise<AplosResponse<Record<string, unknown>>> {
    return this.http.send({ method: 'POST', path: `${API}/transactions`, json: args.transaction, headers: this.#accountHeader() })
  }

  /**
   * `PUT /transactions[/{id}]`: **undocumented**. No source documents a PUT on transactions; this
   * sends the error page's "PUT missing its id" case (3002 "ID is required.") for the catalog's
   * pending missing-input entry, and is not a verified way to change a transaction. The id is not
   * checked here: without one the PUT goes to `/transactions` and Aplos's own answer reaches the caller.
   */
  updateTransaction(args: { id?: number | string; transaction: AplosTransactionInput }): Promise<AplosResponse<Record<string, unknown>>> {
    const suffix = args.id === undefined ? '' : `/${encodeURIComponent(String(args.id))}`
    return this.http.send({ method: 'PUT', path: `${API}/transactions${suffix}`, json: args.transaction, headers: this.#accountHeader() })
  }

  /**
   * `GET /partners/verify?api-client-id={accountId}`: whether the Aplos account `accountId` has
   * authorized this (partner) client. The parameter is named as Aplos's partners page names it
   * (PEX's client sends the same value as `aplos-account-id`). Only `Authorization` is sent, as
   * the page lists. A refusal (422, code 1006) keeps `data.partner_verification` in the error's `data`.
   */
  verifyPartner(args: { accountId: string }): Promise<AplosResponse<AplosPartnerVerificationData>> {
    return this.http.send({ method: 'GET', path: `${API}/partners/verify`, query: { 'api-client-id': args.accountId } })
  }

  /** Any method on any route under `/hermes/api/v1`, for calls this client has no method for yet. */
  sendRaw(args: { method: string; path: string; json?: unknown }): Promise<unknown> {
    return this.http.send({ method: args.method, path: `${API}${args.path}`, json: args.json, headers: this.#accountHeader() })
  }

  /** Partner mode's `aplos-account-id` header, or none in client mode. */
  #accountHeader(): Record<string, string> | undefined {
    const accountId = this.#config.accountId?.trim()
    return accountId ? { 'aplos-account-id': accountId } : undefined
  }

  async #fetchToken(): Promise<{ token: string; expiresInMs: number }> {
    const answer: unknown = await this.requestToken()
    const request = { method: 'GET', url: redactUrl(this.http.url(`${API}/auth/${encodeURIComponent(this.#config.clientId ?? '')}`)) }
    const data = isRecord(answer) && isRecord(answer.data) ? answer.data : undefined
    if (typeof data?.token !== 'string' || data.token === '') {
      // A 200 without a token: keep the body, except any token-like value (there is none to keep).
      throw unusableTokenAnswer(answer, { vendor: 'aplos', request })
    }
    let token: string
    try {
      token = await this.#decrypt!(data.token)
    } catch (cause) {
      // Our key does not fit the account's public key: a credentials problem, never retried.
      throw new VendorError({ vendor: 'aplos', status: 200, code: null, vendorMessage: null, kind: 'auth', rawBody: '', request, cause })
    }
    return { token, expiresInMs: tokenLifetimeMs(data.expires, (this.#config.now ?? Date.now)()) }
  }
}

/** The token's remaining life: until `expires` when Aplos sends a usable time, never more than 30 minutes. */
function tokenLifetimeMs(expires: unknown, now: number): number {
  const at = typeof expires === 'string' ? Date.parse(expires) : Number.NaN
  if (!Number.isFinite(at) || at <= now) return APLOS_TOKEN_LIFETIME_MS
  return Math.min(at - now, APLOS_TOKEN_LIFETIME_MS)
}
