import { basicAuthorization, type BasicEncoding } from './basic-authorization.ts'

/**
 * The `client_assertion_type` of a JWT client assertion (RFC 7523 section 2.2).
 *
 * @example
 * form.client_assertion_type === JWT_BEARER_ASSERTION_TYPE
 */
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * How the client authenticates, by the names of the OAuth registry (RFC 7591 section 2): its id
 * and secret in HTTP Basic, its id and secret in the form, or a signed JWT (RFC 7523; see
 * `signClientAssertion`).
 *
 * @example
 * const client: ClientAuthentication = { method: 'private_key_jwt', assertion: signClientAssertion(claims) }
 */
export type ClientAuthentication =
  | { method: 'client_secret_basic'; clientId: string; clientSecret: string; encoding?: BasicEncoding | undefined }
  | { method: 'client_secret_post'; clientId: string; clientSecret: string }
  | { method: 'private_key_jwt'; assertion: string }

/**
 * The grant asked for: the client's own token (RFC 6749 section 4.4), or a user's (section 4.3).
 *
 * @example
 * tokenRequest({ client, grant: { type: 'password', username, password } })
 */
export type TokenGrant = { type: 'client_credentials' } | { type: 'password'; username: string; password: string }

/**
 * A token request in OAuth's terms; what is the vendor's own goes in `extra`.
 *
 * @example
 * const spec: TokenRequestSpec = { client: { method: 'client_secret_post', clientId, clientSecret }, audience: 'https://acme.example/api/' }
 */
export interface TokenRequestSpec {
  client: ClientAuthentication
  /** Default: client credentials. */
  grant?: TokenGrant | undefined
  /** Scopes, sent space-separated as `scope`; left out when none. */
  scope?: string | readonly string[] | undefined
  /** An `audience` parameter, for the authorization servers that take one. */
  audience?: string | undefined
  /** The vendor's own form parameters (e.g. a random `code` against CSRF), sent last. */
  extra?: Record<string, string> | undefined
}

/**
 * A token request ready to send: its headers (Basic credentials) and its url-encoded form.
 *
 * @example
 * const { headers, form }: TokenRequest = tokenRequest(spec)
 */
export interface TokenRequest {
  headers: Record<string, string>
  form: Record<string, string>
}

type Placed = TokenRequest

/** Where each client authentication goes: a table, so a new method is one row. */
const CLIENT_PLACES: { [M in ClientAuthentication['method']]: (client: Extract<ClientAuthentication, { method: M }>) => Placed } = {
  client_secret_basic: (client) => ({
    headers: { authorization: basicAuthorization(required(client.clientId, 'clientId'), required(client.clientSecret, 'clientSecret'), client.encoding) },
    form: {},
  }),
  client_secret_post: (client) => ({
    headers: {},
    form: { client_id: required(client.clientId, 'clientId'), client_secret: required(client.clientSecret, 'clientSecret') },
  }),
  private_key_jwt: (client) => ({
    headers: {},
    form: { client_assertion_type: JWT_BEARER_ASSERTION_TYPE, client_assertion: required(client.assertion, 'assertion') },
  }),
}

/**
 * Builds an OAuth 2.0 token request (RFC 6749 section 3.2): `grant_type` first, the user's
 * credentials for the password grant, the client's authentication where its method puts it, then
 * `scope`, `audience` and the vendor's own parameters. An empty id, secret, assertion, username or
 * password throws an Error naming it, instead of sending a request that cannot succeed.
 *
 * @example
 * const { headers, form } = tokenRequest({ client: { method: 'client_secret_basic', clientId, clientSecret }, scope: 'integration' })
 * await http.send({ method: 'POST', path: '/oauth/token', auth: false, headers, form })
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
 */
export function tokenRequest(spec: TokenRequestSpec): TokenRequest {
  const grant = spec.grant ?? { type: 'client_credentials' }
  const form: Record<string, string> = { grant_type: grant.type }
  if (grant.type === 'password') Object.assign(form, { username: required(grant.username, 'username'), password: required(grant.password, 'password') })
  const client = (CLIENT_PLACES[spec.client.method] as (client: ClientAuthentication) => Placed)(spec.client)
  Object.assign(form, client.form)
  const scope = typeof spec.scope === 'string' ? spec.scope : spec.scope?.join(' ')
  if (scope) form.scope = scope
  if (spec.audience !== undefined) form.audience = spec.audience
  Object.assign(form, spec.extra)
  return { headers: client.headers, form }
}

function required(value: string | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`tokenRequest: ${name} is empty; a token request without it cannot succeed`)
  return value
}
