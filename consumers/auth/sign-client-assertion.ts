import { createSign, randomUUID } from 'node:crypto'

/**
 * What a signed client assertion (RFC 7523) says about us.
 *
 * @example
 * const claims: ClientAssertionClaims = { clientId, audience: 'auth.example.com', scopes: 'read', privateKey }
 */
export interface ClientAssertionClaims {
  /** The client id: the JWT's `sub` (and `iss`, which PlanSource requires but does not read). */
  clientId: string
  /**
   * The `aud` claim: whatever the authorization server names as its audience. RFC 7523 suggests
   * the token endpoint URL; PlanSource wants the authorization server's hostname
   * (`partner-dev-api.plansource.com`, no scheme, no path).
   */
  audience: string
  /** A `scopes` claim, space-separated (PlanSource: `admin_api_v2`); left out when absent. */
  scopes?: string | undefined
  /** PEM-encoded RSA private key; comes from the environment, never from a file in the repo. */
  privateKey: string
  lifetimeSeconds?: number
  now?: () => number
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url')
}

/**
 * Signs a short-lived RS256 JWT client assertion for the OAuth client-credentials grant.
 *
 * @example
 * const assertion = signClientAssertion({
 *   clientId,
 *   audience: 'partner-dev-api.plansource.com',
 *   scopes: 'admin_api_v2',
 *   privateKey: process.env.PLANSOURCE_PRIVATE_KEY!,
 * })
 */
export function signClientAssertion(claims: ClientAssertionClaims): string {
  const issuedAt = Math.floor((claims.now ?? Date.now)() / 1000)
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))
  const payload = base64url(
    JSON.stringify({
      iss: claims.clientId,
      sub: claims.clientId,
      aud: claims.audience,
      iat: issuedAt,
      exp: issuedAt + (claims.lifetimeSeconds ?? 60),
      jti: randomUUID(),
      ...(claims.scopes === undefined ? {} : { scopes: claims.scopes }),
    }),
  )
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(claims.privateKey)
  return `${header}.${payload}.${base64url(signature)}`
}
