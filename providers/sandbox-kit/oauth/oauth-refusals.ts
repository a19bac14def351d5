/**
 * The error codes of RFC 6749 section 5.2 that a token endpoint answers with.
 *
 * @example
 * const code: OAuthErrorCode = 'invalid_client'
 */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unauthorized_client' | 'unsupported_grant_type'

/**
 * Why a token request was refused, in the kit's words; each vendor words (and may code) each reason its own way.
 *
 * @example
 * refused('parameter-missing' satisfies RefusalReason, 'code')
 */
export type RefusalReason =
  /** No or unknown client, or a wrong secret (RFC 6749: one answer for all, so nothing is given away). */
  | 'client-unauthenticated'
  | 'grant-type-missing'
  | 'grant-type-unsupported'
  /** A parameter the endpoint needs is absent (the detail names it), e.g. `client_assertion` or a vendor's `code`. */
  | 'parameter-missing'
  /** The password grant's username or password is wrong. */
  | 'user-credentials-invalid'
  | 'scope-missing'
  /** The request asks for a scope the client was not granted (the detail lists the granted ones). */
  | 'scope-not-granted'
  | 'audience-missing'
  /** A client assertion that is not three dot-separated segments. */
  | 'assertion-malformed'
  /** A client assertion whose header or payload is not JSON, or whose algorithm is not RS256. */
  | 'assertion-unreadable'
  | 'assertion-signature-invalid'
  | 'assertion-expired'
  /** A claim the endpoint requires is absent (the detail names it). */
  | 'assertion-claim-missing'
  /** `aud` names none of the audiences the endpoint takes (the detail lists them). */
  | 'assertion-audience-wrong'

/**
 * A refusal before it is worded: the reason, and what it is about (a parameter, a claim, the granted scopes).
 *
 * @example
 * const refusal: Refused = { ok: false, reason: 'assertion-expired', detail: '' }
 */
export interface Refused {
  ok: false
  reason: RefusalReason
  detail: string
}

/**
 * A worded refusal: the OAuth error code, the status and the description a vendor answers.
 *
 * @example
 * tokenRefusedAnswer({ reason: 'assertion-expired', error: 'invalid_request', status: 400, description: 'token has expired' })
 */
export interface TokenRefusal {
  reason: RefusalReason
  error: OAuthErrorCode
  status: 400 | 401
  description: string
}

/**
 * How a vendor words one reason: a description (text, or built from the detail), and optionally another code or status.
 *
 * @example
 * const wording: RefusalWording = { error: 'unsupported_grant_type', description: 'Unsupported grant type.' }
 */
export type RefusalWording = string | { error?: OAuthErrorCode; status?: 400 | 401; description?: string | ((detail: string) => string) }

/**
 * A vendor's wording, by reason; a reason left out is answered with the kit's RFC 6749 / RFC 7523 default.
 *
 * @example
 * const wording: RefusalWordings = { 'client-unauthenticated': 'The client credentials are invalid' }
 */
export type RefusalWordings = Partial<Record<RefusalReason, RefusalWording>>

type Worded = { error: OAuthErrorCode; status: 400 | 401; description: (detail: string) => string }

const invalidClient = (description: (detail: string) => string): Worded => ({ error: 'invalid_client', status: 401, description })
const badRequest = (error: OAuthErrorCode, description: (detail: string) => string): Worded => ({ error, status: 400, description })

/**
 * The defaults: RFC 6749 section 5.2 (401 `invalid_client` for a client that fails authentication,
 * 400 otherwise) and RFC 7523 section 3.2 (`invalid_client` for a client assertion that is not good).
 */
const DEFAULT_WORDING: Record<RefusalReason, Worded> = {
  'client-unauthenticated': invalidClient(() => 'Client authentication failed.'),
  'grant-type-missing': badRequest('invalid_request', () => 'grant_type is required'),
  'grant-type-unsupported': badRequest('unsupported_grant_type', (grant) => `grant_type ${grant} is not supported`),
  'parameter-missing': badRequest('invalid_request', (name) => `${name} is required`),
  'user-credentials-invalid': badRequest('invalid_grant', () => 'The resource owner credentials are invalid.'),
  'scope-missing': badRequest('invalid_scope', () => 'A scope is required.'),
  'scope-not-granted': badRequest('invalid_scope', (granted) => `The requested scope exceeds the scope granted (${granted}).`),
  'audience-missing': badRequest('invalid_request', () => 'audience is required'),
  'assertion-malformed': invalidClient(() => 'The client assertion is not a JWT.'),
  'assertion-unreadable': invalidClient(() => 'The client assertion cannot be read (RS256 JWTs only).'),
  'assertion-signature-invalid': invalidClient(() => 'Signature verification failed'),
  'assertion-expired': invalidClient(() => 'The client assertion has expired.'),
  'assertion-claim-missing': invalidClient((claim) => `The ${claim} claim is required`),
  'assertion-audience-wrong': invalidClient((audiences) => `The aud claim must name ${audiences}`),
}

/**
 * A refusal before it is worded.
 *
 * @example
 * if (!form.get('code')) return refused('parameter-missing', 'code')
 */
export function refused(reason: RefusalReason, detail = ''): Refused {
  return { ok: false, reason, detail }
}

/**
 * Words a refusal as the vendor does, falling back to the kit's default for each part it leaves out.
 *
 * @example
 * wordRefusal(refused('assertion-expired'), { 'assertion-expired': { error: 'invalid_request', status: 400, description: 'token has expired' } })
 * // { reason: 'assertion-expired', error: 'invalid_request', status: 400, description: 'token has expired' }
 */
export function wordRefusal(refusal: Refused, wordings: RefusalWordings = {}): TokenRefusal {
  const fallback = DEFAULT_WORDING[refusal.reason]
  const given = wordings[refusal.reason]
  const wording = typeof given === 'string' ? { description: given } : (given ?? {})
  const description = wording.description ?? fallback.description
  return {
    reason: refusal.reason,
    error: wording.error ?? fallback.error,
    status: wording.status ?? fallback.status,
    description: typeof description === 'string' ? description : description(refusal.detail),
  }
}
