import type { KeyObject } from 'node:crypto'
import { basicCredentials } from '../read-request.ts'
import type { SandboxRequest } from '../sandbox-types.ts'
import { checkClientAssertion, JWT_BEARER_ASSERTION_TYPE, type AssertionExpectations } from './client-assertion.ts'
import { refused, type Refused } from './oauth-refusals.ts'

/**
 * How a client authenticates at the token endpoint, by the names of the OAuth registry
 * (RFC 7591 section 2): the id and secret in HTTP Basic, the id and secret as parameters, or a
 * JWT signed with the client's private key (RFC 7523).
 *
 * @example
 * tokenEndpoint({ ..., clientAuthentication: ['client_secret_basic', 'client_secret_post'] })
 */
export type ClientAuthenticationMethod = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt'

/**
 * A client the token endpoint knows: a secret, or a public key for its assertions, and what its tokens get.
 *
 * @example
 * const client: OAuthClient = { id: 'reference-client', secret: 's3cret', tokenLifetimeMs: 3_600_000, scopes: ['read'] }
 */
export interface OAuthClient {
  id: string
  secret?: string | undefined
  publicKey?: KeyObject | undefined
  tokenLifetimeMs: number
  /** The scopes the client may be granted (its tokens get all of them when it asks for none). */
  scopes: readonly string[]
}

/**
 * An authenticated client, with the claims of its assertion when it sent one.
 *
 * @example
 * if (!authenticated.ok) return refuse(authenticated)
 */
export type ClientAuthentication<Client> = { ok: true; client: Client; assertionClaims?: Record<string, unknown> | undefined } | Refused

/**
 * Authenticates the client of a token request by the methods the vendor takes: a Basic header
 * first (when taken and sent), else `client_id` and `client_secret` parameters, else a
 * `client_assertion` of the JWT-bearer type. No credentials, an unknown client or a wrong secret
 * are one refusal (`client-unauthenticated`); a missing assertion, where only assertions are taken,
 * is a missing parameter.
 *
 * @example
 * authenticateClient(request, parameters, { methods: ['client_secret_basic'], clientOf: (id) => clients.get(id) })
 */
export function authenticateClient<Client extends OAuthClient>(
  request: Pick<SandboxRequest, 'headers'>,
  parameters: ReadonlyMap<string, string>,
  how: { methods: readonly ClientAuthenticationMethod[]; clientOf: (id: string) => Client | undefined; assertion?: AssertionExpectations | undefined },
): ClientAuthentication<Client> {
  const basic = how.methods.includes('client_secret_basic') ? basicCredentials(request) : undefined
  const posted = how.methods.includes('client_secret_post') && parameters.has('client_id')
  if (basic || posted) {
    const id = basic?.id ?? parameters.get('client_id') ?? ''
    const secret = basic?.secret ?? parameters.get('client_secret')
    const client = how.clientOf(id)
    return client?.secret !== undefined && client.secret === secret ? { ok: true, client } : refused('client-unauthenticated')
  }
  if (how.methods.includes('private_key_jwt') && how.assertion) {
    const assertion = parameters.get('client_assertion')
    if (!assertion || parameters.get('client_assertion_type') !== JWT_BEARER_ASSERTION_TYPE) return refused('parameter-missing', 'client_assertion')
    const check = checkClientAssertion(assertion, (id) => how.clientOf(id)?.publicKey, how.assertion)
    if (!check.ok) return check
    return { ok: true, client: how.clientOf(check.clientId)!, assertionClaims: check.claims }
  }
  return refused('client-unauthenticated')
}
