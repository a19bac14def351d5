import { generateKeyPairSync, type KeyObject } from 'node:crypto'

/** An API client registered with the sandbox: its id, public key, and how long its tokens live. */
export interface PlanSourceClientRecord {
  clientId: string
  publicKey: KeyObject
  tokenLifetimeMs: number
}

/** About five minutes, as the page says ("These tokens only last a few minutes"; the README: about 5). */
export const TOKEN_LIFETIME_MS = 300_000

/**
 * Registers the sandbox's demo clients with a key pair made at start: a normal one, and one whose
 * tokens expire after 0.3 s so that "the access token has expired" can be reached through
 * the token endpoint without waiting five minutes (a reference-sandbox convenience, not vendor behaviour).
 *
 * @example
 * const { clients, credentials } = planSourceDemoClients()
 */
export function planSourceDemoClients() {
  // A throwaway key of a local sandbox: 1024 bits take about 30 ms to make, 2048 bits 150-500 ms (every sandbox start).
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const clients = new Map<string, PlanSourceClientRecord>([
    ['reference-client', { clientId: 'reference-client', publicKey, tokenLifetimeMs: TOKEN_LIFETIME_MS }],
    ['reference-short-lived-client', { clientId: 'reference-short-lived-client', publicKey, tokenLifetimeMs: 300 }],
  ])
  const credentials = {
    clientId: 'reference-client',
    shortLivedClientId: 'reference-short-lived-client',
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
  return { clients, credentials }
}
