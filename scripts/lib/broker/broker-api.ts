import { BrokerApiError } from './broker-api-error.ts'
import type { BrokerConfig } from './broker-config.ts'

/** How long one call may take, answer included, before it fails as `timeout`. */
export const BROKER_TIMEOUT_MS = 15_000

/** A HAL resource as the broker answers it: `_links` by relation, plus the resource's own fields. */
export interface HalResource {
  _links?: Record<string, { href?: unknown } | unknown>
  [field: string]: unknown
}

/** A small client for the Pact Broker's HAL API, bound to PACT_BROKER_BASE_URL and its credentials. */
export interface BrokerApi {
  /** The broker's address for a path of segments, each URL-encoded (a branch `feat/x` stays one segment). */
  url(...segments: string[]): string
  /** A link's href as an absolute URL on the broker; a `foreign-origin` {@link BrokerApiError} for any other origin. */
  follow(href: string): string
  get(url: string): Promise<HalResource>
  put(url: string, body: unknown): Promise<void>
  post(url: string, body: unknown): Promise<void>
}

/** Test seams: a shorter timeout, another `fetch`. */
export interface BrokerApiOptions {
  timeoutMs?: number
  fetch?: typeof fetch
}

/**
 * The `href` of a resource's link relation, or undefined when the resource has no such link.
 *
 * @example
 * linkHref(pact, 'pb:publish-verification-results') // 'https://broker/pacts/provider/p/consumer/c/pact-version/1a2b/verification-results'
 */
export function linkHref(resource: HalResource, relation: string): string | undefined {
  const link = resource._links?.[relation]
  const href = typeof link === 'object' && link !== null ? (link as { href?: unknown }).href : undefined
  return typeof href === 'string' && href !== '' ? href : undefined
}

/**
 * A HAL client for the broker in `config`. It authenticates with `Authorization: Bearer
 * $PACT_BROKER_TOKEN` (or Basic PACT_BROKER_USERNAME/PASSWORD), read from `env` only, and refuses
 * any URL whose origin is not PACT_BROKER_BASE_URL's, so a link or a redirect can never carry the
 * credentials elsewhere (redirects are not followed). Every failure is a one-line {@link BrokerApiError}.
 *
 * @example
 * const api = brokerApi(setting.config, process.env)
 * const pact = await api.get(api.url('pacts', 'provider', 'plansource', 'consumer', 'benefits-integration', 'version', sha))
 */
export function brokerApi(config: BrokerConfig, env: NodeJS.ProcessEnv, options: BrokerApiOptions = {}): BrokerApi {
  const origin = new URL(config.baseUrl).origin
  const timeoutMs = options.timeoutMs ?? BROKER_TIMEOUT_MS
  const doFetch = options.fetch ?? fetch
  const authorization =
    config.auth === 'token'
      ? `Bearer ${env.PACT_BROKER_TOKEN ?? ''}`
      : config.auth === 'basic'
        ? `Basic ${Buffer.from(`${env.PACT_BROKER_USERNAME ?? ''}:${env.PACT_BROKER_PASSWORD ?? ''}`).toString('base64')}`
        : undefined

  function follow(href: string, method = 'GET'): URL {
    let target: URL
    try {
      target = new URL(href, config.baseUrl)
    } catch {
      throw new BrokerApiError(`the broker gave a link that is not a URL: ${href}`, 'answer', { method, url: href })
    }
    if (target.origin !== origin) {
      throw new BrokerApiError(
        `refusing to follow ${target.origin}${target.pathname}: it is not on PACT_BROKER_BASE_URL's origin ${origin}, and the credentials are only sent there ` +
          "(a broker builds its links from its own base URL setting, which must match PACT_BROKER_BASE_URL's)",
        'foreign-origin',
        { method, url: href },
      )
    }
    return target
  }

  async function call(method: string, url: string, body?: unknown): Promise<string> {
    const request = { method, url }
    const target = follow(url, method)
    let response: Response
    let text: string
    try {
      response = await doFetch(target, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          Accept: 'application/hal+json, application/json',
          'User-Agent': 'vendor-error-contracts',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(authorization ? { Authorization: authorization } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      text = await response.text()
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new BrokerApiError(
          `the Pact Broker at ${config.baseUrl} did not answer ${method} ${target} within ${timeoutMs / 1000} s`,
          'timeout',
          request,
          undefined,
          {
            cause: error,
          },
        )
      }
      const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code ?? (error as Error).message
      throw new BrokerApiError(`cannot reach the Pact Broker at ${config.baseUrl} (${code})`, 'unreachable', request, undefined, { cause: error })
    }
    if (response.ok) return text
    throw answerError(response, text, request, config)
  }

  return {
    url: (...segments) => `${config.baseUrl}/${segments.map(encodeURIComponent).join('/')}`,
    follow: (href) => follow(href).toString(),
    async get(url) {
      const text = await call('GET', url)
      try {
        const parsed = JSON.parse(text) as unknown
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as HalResource
      } catch {
        // Reported below, with the URL.
      }
      throw new BrokerApiError(`the broker's answer to GET ${url} is not a HAL resource (JSON object)`, 'answer', { method: 'GET', url })
    },
    async put(url, body) {
      await call('PUT', url, body)
    },
    async post(url, body) {
      await call('POST', url, body)
    },
  }
}

/** A non-2xx answer as a one-line error; the broker's own words (e.g. a validation error) end it, shortened. */
function answerError(response: Response, text: string, request: { method: string; url: string }, config: BrokerConfig): BrokerApiError {
  const { status } = response
  const what = `HTTP ${status} to ${request.method} ${request.url}`
  if (status === 401 || status === 403) {
    const which =
      config.auth === 'token' ? 'PACT_BROKER_TOKEN' : config.auth === 'basic' ? 'PACT_BROKER_USERNAME/PASSWORD' : 'no credentials (set PACT_BROKER_TOKEN)'
    return new BrokerApiError(`the Pact Broker refused the credentials (${what}; sent ${which})`, 'refused', request, status)
  }
  if (status === 404) return new BrokerApiError(`the Pact Broker has nothing at ${request.url} (HTTP 404)`, 'not-found', request, status)
  if (status >= 300 && status < 400) {
    const location = response.headers.get('location') ?? 'nowhere'
    return new BrokerApiError(
      `the Pact Broker redirected ${request.method} ${request.url} to ${location}, which is not followed: set PACT_BROKER_BASE_URL to the broker's own address`,
      'answer',
      request,
      status,
    )
  }
  const words = text.replace(/\s+/g, ' ').trim().slice(0, 300)
  return new BrokerApiError(`the Pact Broker answered ${what}${words ? `: ${words}` : ''}`, 'answer', request, status)
}
