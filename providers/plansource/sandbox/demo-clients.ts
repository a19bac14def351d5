import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../sandbox-kit/oauth/demo-clients.ts'

/** The scope PlanSource's Admin API v2 grants. */
export const ADMIN_API_SCOPE = 'admin_api_v2'

/** About five minutes, as the page says ("These tokens only last a few minutes"; the README: about 5). */
export const TOKEN_LIFETIME_MS = 300_000

/**
 * Registers the sandbox's demo clients with a key pair made at start (its private key published as
 * PEM): a normal one, and one whose tokens expire after 0.3 s so that "the access token has expired"
 * can be reached through the token endpoint without waiting five minutes (a reference-sandbox
 * convenience, not vendor behaviour).
 *
 * @example
 * const clients = planSourceDemoClients()
 * clients.credentials // { clientId, shortLivedClientId, privateKey }
 */
export function planSourceDemoClients() {
  const scopes = [ADMIN_API_SCOPE]
  return demoClients(
    [
      { role: 'main', tokenLifetimeMs: TOKEN_LIFETIME_MS, scopes },
      { role: 'shortLived', tokenLifetimeMs: SHORT_LIVED_TOKEN_MS, scopes },
    ],
    { keyPair: 'pem' },
  )
}
