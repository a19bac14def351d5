import type { VendorPlan } from '../vendor-plan.ts'

const q = (value: unknown) => JSON.stringify(value)

/**
 * `consumers/<id>/<id>-client.ts`: the client on the shared HTTP layer and the client token kit,
 * with the placeholder operation the drafts use.
 *
 * @example
 * clientSource(plan) // 'import { oauthTokenSource } from …'
 */
export function clientSource({ names, host }: VendorPlan): string {
  const { id, display, pascal, constant } = names
  return `import { oauthTokenSource } from '../auth/oauth-token-source.ts'
import { tokenRequest } from '../auth/token-request.ts'
import type { TokenSource } from '../auth/token-source.ts'
import { VendorHttp } from '../http/vendor-http.ts'
import { is${pascal}ExpiredToken, parse${pascal}Error, ${constant}_ERROR_CONTENT_TYPE } from './${id}-envelope.ts'

/** How to reach ${display}: the API host, and either a token source or client credentials. */
export interface ${pascal}Config {
  baseUrl: string
  /** A token source; when absent and \`clientId\`/\`clientSecret\` are set, tokens come from the token endpoint. */
  tokens?: TokenSource | undefined
  clientId?: string | undefined
  clientSecret?: string | undefined
  fetch?: typeof fetch | undefined
}

/** The token endpoint. To fill in from ${display}'s reference: OAuth 2.0 client credentials is assumed. */
const TOKEN_PATH = '/oauth/token'

/**
 * Typed client for ${display}, started by \`npm run new-vendor\`: its one operation is a placeholder
 * the draft catalog entries use until a person adds the vendor's own operations. Every failure is
 * thrown as a \`VendorError\`.
 *
 * @example
 * const client = new ${pascal}Client({ baseUrl: ${q(host)}, clientId, clientSecret })
 * await client.toFillIn({ draft: 'not-found' })
 */
export class ${pascal}Client {
  readonly http: VendorHttp
  readonly #config: ${pascal}Config

  constructor(config: ${pascal}Config) {
    this.#config = config
    const canFetchTokens = config.clientId !== undefined && config.clientSecret !== undefined
    this.http = new VendorHttp({
      baseUrl: config.baseUrl,
      reading: { vendor: ${q(id)}, parse: parse${pascal}Error, errorContentTypes: [${constant}_ERROR_CONTENT_TYPE] },
      tokens: config.tokens ?? (canFetchTokens ? oauthTokenSource({ request: () => this.requestToken(), vendor: ${q(id)}, url: () => this.http.url(TOKEN_PATH) }) : undefined),
      isExpiredToken: is${pascal}ExpiredToken,
      fetch: config.fetch,
    })
  }

  /** \`POST /oauth/token\`: the client-credentials grant with the client's id and secret in the form (to fill in from the reference). */
  requestToken(): Promise<unknown> {
    const { headers, form } = tokenRequest({ client: { method: 'client_secret_post', clientId: this.#config.clientId ?? '', clientSecret: this.#config.clientSecret ?? '' } })
    return this.http.send({ method: 'POST', path: TOKEN_PATH, auth: false, headers, form })
  }

  /** \`GET /to-fill-in/{draft}\`: a placeholder for the request that provokes a draft entry's error; replace it with ${display}'s operations. */
  toFillIn(args: { draft: string }): Promise<unknown> {
    return this.http.send({ method: 'GET', path: \`/to-fill-in/\${encodeURIComponent(args.draft)}\` })
  }
}
`
}

/**
 * `consumers/<id>/<id>-envelope.ts`: the parser from the vendor's error body (as its page shows it)
 * to the shared error model, and the expired-token test (none yet).
 *
 * @example
 * envelopeSource(plan) // 'import { codeOrNull, … }'
 */
export function envelopeSource({ names, envelope }: VendorPlan): string {
  const { display, pascal, constant } = names
  const path = (value: VendorPlan['envelope']['code']) => (value === undefined ? 'undefined' : q(value))
  return `import { valueAtPath, type BodyPath } from '../http/body-path.ts'
import { codeOrNull, stringOrNull, type ParsedEnvelope } from '../http/error-envelope.ts'

/** The content type of ${display}'s error answers, as its error page states it (or as a draft assumes it). */
export const ${constant}_ERROR_CONTENT_TYPE = ${q(envelope.contentType)}

/** Where ${display}'s error body keeps its code and its message, as the error page shows the body. */
const CODE_PATH: BodyPath | undefined = ${path(envelope.code)}
const MESSAGE_PATH: BodyPath | undefined = ${path(envelope.message)}

/**
 * Reads ${display}'s error body as its error page shows it; null when the body is not of that shape.
 *
 * @example
 * parse${pascal}Error(${q(envelope.example)})
 */
export function parse${pascal}Error(body: unknown): ParsedEnvelope | null {
  const code = CODE_PATH === undefined ? undefined : valueAtPath(body, CODE_PATH)
  const message = MESSAGE_PATH === undefined ? undefined : valueAtPath(body, MESSAGE_PATH)
  if (code === undefined && message === undefined) return null
  if ((code !== undefined && code !== null && codeOrNull(code) === null) || (message !== undefined && message !== null && typeof message !== 'string')) return null
  return { code: codeOrNull(code), message: stringOrNull(message) }
}

/**
 * Whether an error means "your token expired", so that the client fetches a new token once. To fill
 * in: no draft says which of ${display}'s errors that is yet.
 *
 * @example
 * is${pascal}ExpiredToken({ code: 'token_expired' }) // false until a person says otherwise
 */
export function is${pascal}ExpiredToken(_error: { code: string | number | null }): boolean {
  return false
}
`
}

/**
 * `consumers/<id>/contract-binding.ts`: how the shared tests build the client.
 *
 * @example
 * contractBindingSource(plan)
 */
export function contractBindingSource({ names, host }: VendorPlan): string {
  const { id, display, pascal } = names
  return `import { staticToken } from '../auth/token-source.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { ${pascal}Client } from './${id}-client.ts'
import { parse${pascal}Error } from './${id}-envelope.ts'

/** ${display}'s client for the shared tests: the drafts are sent with a token, and the client can fetch its own. */
export const contractBinding: ContractBinding = {
  vendor: ${q(id)},
  modes: ['valid', 'expired', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    if (mode === 'client-credentials') return new ${pascal}Client({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, clientSecret: CONTRACT_CREDENTIALS.clientSecret })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new ${pascal}Client({ baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: \`Bearer \${token}\` }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
  envelopeParser: parse${pascal}Error,
  testHost: ${q(host)},
}
`
}

/**
 * `consumers/<id>/behaviour-cases.ts`: the drafts sorted by how a client must behave, from their
 * statuses; the token cases are left empty for a person to fill in.
 *
 * @example
 * behaviourCasesSource(plan)
 */
export function behaviourCasesSource({ names, catalog }: VendorPlan): string {
  const ids = (keep: (entry: VendorPlan['catalog']['errors'][number]) => boolean) => q(catalog.errors.filter(keep).map((entry) => entry.id))
  const transient = catalog.errors.filter((entry) => entry.status >= 500 || entry.status === 429)
  return `import type { BehaviourCases } from '../../test/behaviour/support/behaviour-cases.ts'

/**
 * How ${names.display}'s client must behave on each documented error, sorted by \`npm run new-vendor\`
 * from the drafts' statuses (the behaviour tests replay each from the contract). To fill in as the
 * drafts are reviewed: which answer means an expired token, which 401s a new token cannot fix, which
 * calls carry no token, which writes may have happened.
 */
export const behaviourCases: BehaviourCases<${q(names.id)}> = {
  clientErrors: ${ids((entry) => entry.status >= 400 && entry.status < 500 && entry.status !== 401 && entry.status !== 429)},
  missing: ${ids((entry) => entry.kind === 'not-found')},
  transient: ${q(transient.map((entry) => entry.id))},
  ${transient[0] ? `recoversOnRetry: ${q(transient[0].id)},` : ''}
  writeMayHaveHappened: [],
  expiredToken: [],
  notFixedByNewToken: [],
  noBearerToken: [],
}
`
}
