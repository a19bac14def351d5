import type { SandboxRequest, SandboxResponse } from '../sandbox-types.ts'
import type { TokenStore } from '../token-store.ts'
import type { AccessTokenClaims } from './access-token-claims.ts'
import { authenticateClient, type ClientAuthenticationMethod, type OAuthClient } from './client-authentication.ts'
import { grantScopes } from './granted-scopes.ts'
import { refused, wordRefusal, type Refused, type RefusalWordings } from './oauth-refusals.ts'
import { tokenIssuedAnswer, tokenRefusedAnswer, type TokenAnswerStyle } from './token-answers.ts'
import { tokenParameters, type ParameterSource } from './token-parameters.ts'

/**
 * The grant types the kit issues tokens for (RFC 6749 sections 4.4 and 4.3).
 *
 * @example
 * tokenEndpoint({ ..., grants: ['client_credentials', 'password'] satisfies GrantType[] })
 */
export type GrantType = 'client_credentials' | 'password'

/**
 * A user of the password grant, as the vendor's sandbox keeps it.
 *
 * @example
 * users: (username) => (username === 'ada' ? { id: 'usr_1', password: 'correct horse' } : undefined)
 */
export interface PasswordUser {
  id: string
  /** Absent for a user who cannot sign in with a password. */
  password?: string | undefined
}

/**
 * What is the vendor's own about its token endpoint; everything else is OAuth 2.0 and the kit's.
 * `Extra` is what the vendor's tokens carry besides {@link AccessTokenClaims} (e.g. a tenant); its
 * default, nothing, fits a vendor that needs no more.
 *
 * @example
 * const options: TokenEndpointOptions<OAuthClient> = { clients, tokens, clientAuthentication: ['client_secret_basic'], tokenPrefix: 'ac' }
 */
export interface TokenEndpointOptions<Client extends OAuthClient, Extra extends object = Record<never, never>> {
  clients: { get(id: string): Client | undefined }
  tokens: Pick<TokenStore<AccessTokenClaims & Extra>, 'issue'>
  /** How clients may authenticate (a Basic header is read first when taken). */
  clientAuthentication: readonly ClientAuthenticationMethod[]
  /** Default: the client-credentials grant only. */
  grants?: readonly GrantType[] | undefined
  /** Where parameters are read; default a url-encoded form. */
  parameters?: readonly ParameterSource[] | undefined
  /** Parameters the vendor requires beyond OAuth's (e.g. a `code` against CSRF). */
  requiredParameters?: readonly string[] | undefined
  /** For `private_key_jwt`: the audiences `aud` may name for this request, and the claims required besides `sub`, `exp`, `aud` (default `iss`). */
  assertion?: { audiences(request: SandboxRequest): readonly string[]; requiredClaims?: readonly string[] | undefined } | undefined
  /** Where the scopes asked for are read: the `scope` parameter (default), a claim of the client assertion, or nowhere (the client's scopes are granted). */
  scopeFrom?: 'parameter' | 'nowhere' | { assertionClaim: string } | undefined
  /** Whether a request must name its scopes (default: none asked grants all the client's). */
  scopeRequired?: boolean | undefined
  /** When set, an `audience` parameter is read and required; `fallback` gives one when it is absent (per grant). */
  audience?: { fallback?: ((grant: GrantType, request: SandboxRequest) => string | undefined) | undefined } | undefined
  /** The password grant's users, found by username. */
  users?: ((username: string, request: SandboxRequest) => PasswordUser | undefined) | undefined
  /** The vendor's own claims of a token issued for this request. */
  claims?: ((request: SandboxRequest) => Extra) | undefined
  /** The issued tokens' prefix, so a token shows which sandbox issued it. */
  tokenPrefix?: string | undefined
  /** The vendor's wording of each refusal (see {@link RefusalWordings}). */
  wording?: RefusalWordings | undefined
  /** The vendor's content type, caching header and body shapes. */
  answers?: TokenAnswerStyle | undefined
  /** The clock that client assertions' `exp` is checked against; default `Date.now`. */
  now?: (() => number) | undefined
}

/**
 * An OAuth 2.0 token endpoint (RFC 6749 section 3.2): reads the parameters, authenticates the
 * client, checks the grant (client credentials or password), the vendor's required parameters, the
 * scopes and the audience, in that order, and issues a token that expires after the client's
 * lifetime, or answers the first refusal in the vendor's words.
 *
 * @example
 * const issueToken = tokenEndpoint({ clients, tokens, clientAuthentication: ['client_secret_basic'], tokenPrefix: 'us' })
 * if (request.path === '/oauth2/token' && request.method === 'POST') return issueToken(request)
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.2
 */
export function tokenEndpoint<Client extends OAuthClient, Extra extends object = Record<never, never>>(
  options: TokenEndpointOptions<Client, Extra>,
): (request: SandboxRequest) => SandboxResponse {
  const now = options.now ?? Date.now
  const grants = options.grants ?? ['client_credentials']
  checkOptions(options, grants)
  const refuse = (refusal: Refused) => tokenRefusedAnswer(wordRefusal(refusal, options.wording), options.answers)

  return (request) => {
    const parameters = tokenParameters(request, options.parameters)
    const assertion = options.assertion && {
      now: now(),
      audiences: options.assertion.audiences(request),
      requiredClaims: options.assertion.requiredClaims ?? ['iss'],
    }
    const authenticated = authenticateClient(request, parameters, {
      methods: options.clientAuthentication,
      clientOf: (id) => options.clients.get(id),
      assertion,
    })
    if (!authenticated.ok) return refuse(authenticated)
    const { client, assertionClaims } = authenticated

    const grant = parameters.get('grant_type')
    if (!grant) return refuse(refused('grant-type-missing'))
    if (!grants.includes(grant as GrantType)) return refuse(refused('grant-type-unsupported', grant))
    const missing = options.requiredParameters?.find((name) => !parameters.get(name))
    if (missing !== undefined) return refuse(refused('parameter-missing', missing))

    let userId: string | undefined
    if (grant === 'password') {
      const user = options.users?.(parameters.get('username') ?? '', request)
      if (user?.password === undefined || user.password !== parameters.get('password')) return refuse(refused('user-credentials-invalid'))
      userId = user.id
    }

    const scopeFrom = options.scopeFrom ?? 'parameter'
    const asked =
      scopeFrom === 'parameter' ? parameters.get('scope') : scopeFrom === 'nowhere' ? undefined : claimText(assertionClaims, scopeFrom.assertionClaim)
    const scopes = grantScopes(asked, client.scopes, { required: options.scopeRequired })
    if (!scopes.ok) return refuse(scopes)

    let audience: string | undefined
    if (options.audience) {
      audience = parameters.get('audience') ?? options.audience.fallback?.(grant as GrantType, request)
      if (!audience) return refuse(refused('audience-missing'))
    }

    // The vendor's claims are typed by `claims`; a vendor without extra claims has none to add.
    const claims = { clientId: client.id, scopes: scopes.scopes, audience, userId, ...options.claims?.(request) } as AccessTokenClaims & Extra
    return tokenIssuedAnswer(options.tokens.issue(claims, client.tokenLifetimeMs, options.tokenPrefix), options.answers)
  }
}

/** Refuses options that could never issue a token the way they say, naming the missing option. */
function checkOptions(options: TokenEndpointOptions<OAuthClient, object>, grants: readonly GrantType[]): void {
  if (options.clientAuthentication.length === 0) throw new Error('tokenEndpoint: clientAuthentication names no method; list at least one')
  if (options.clientAuthentication.includes('private_key_jwt') && !options.assertion)
    throw new Error('tokenEndpoint: private_key_jwt needs the assertion option (the audiences aud may name)')
  if (typeof options.scopeFrom === 'object' && !options.clientAuthentication.includes('private_key_jwt'))
    throw new Error('tokenEndpoint: scopes read from an assertion claim need private_key_jwt client authentication')
  if (grants.includes('password') && !options.users) throw new Error('tokenEndpoint: the password grant needs the users option')
}

function claimText(claims: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = claims?.[name]
  return typeof value === 'string' ? value : undefined
}
