import type { JsonValue, SandboxResponse } from '../sandbox-types.ts'
import type { IssuedToken } from '../token-store.ts'
import { expiresIn, type AccessTokenClaims } from './access-token-claims.ts'
import type { TokenRefusal } from './oauth-refusals.ts'

/**
 * How a vendor's token endpoint answers: its content type, caching header and body shapes.
 *
 * @example
 * const style: TokenAnswerStyle = { noStore: false, error: (refusal) => ({ error: refusal.error }) }
 */
export interface TokenAnswerStyle {
  /** Default `application/json` (RFC 6749 section 5.1). */
  contentType?: string | undefined
  /** `Cache-Control: no-store` on every answer, as RFC 6749 section 5.1 asks; default true. */
  noStore?: boolean | undefined
  /** The success body; default RFC 6749's `{access_token, token_type: "Bearer", expires_in, scope}`. */
  success?: ((issued: IssuedToken<AccessTokenClaims>) => Record<string, JsonValue>) | undefined
  /** The error body; default RFC 6749's `{error, error_description}`. */
  error?: ((refusal: TokenRefusal) => Record<string, JsonValue>) | undefined
}

const rfc6749Success = (issued: IssuedToken<AccessTokenClaims>): Record<string, JsonValue> => ({
  access_token: issued.token,
  token_type: 'Bearer',
  expires_in: expiresIn(issued),
  ...(issued.claims.scopes.length ? { scope: issued.claims.scopes.join(' ') } : {}),
})

const rfc6749Error = (refusal: TokenRefusal): Record<string, JsonValue> => ({ error: refusal.error, error_description: refusal.description })

function headers(style: TokenAnswerStyle): Record<string, string> {
  return { 'Content-Type': style.contentType ?? 'application/json', ...(style.noStore === false ? {} : { 'Cache-Control': 'no-store' }) }
}

/**
 * The token endpoint's 200 answer for a token it issued.
 *
 * @example
 * tokenIssuedAnswer(issued, { success: (token) => ({ access_token: token.token, expires_in: expiresIn(token) }) })
 */
export function tokenIssuedAnswer(issued: IssuedToken<AccessTokenClaims>, style: TokenAnswerStyle = {}): SandboxResponse {
  return { status: 200, headers: headers(style), body: (style.success ?? rfc6749Success)(issued) }
}

/**
 * The token endpoint's answer to a refused request, with the refusal's status.
 *
 * @example
 * tokenRefusedAnswer(wordRefusal(refused('client-unauthenticated'))) // 401 {"error":"invalid_client",...}
 */
export function tokenRefusedAnswer(refusal: TokenRefusal, style: TokenAnswerStyle = {}): SandboxResponse {
  return { status: refusal.status, headers: headers(style), body: (style.error ?? rfc6749Error)(refusal) }
}
