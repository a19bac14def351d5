import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { OAuthClient } from './client-authentication.ts'

/**
 * How long a short-lived demo client's tokens live: 0.3 s, so that an expired token can be had
 * through the token endpoint at once (a reference-sandbox convenience, never vendor behaviour).
 *
 * @example
 * demoClients([{ role: 'shortLived', tokenLifetimeMs: SHORT_LIVED_TOKEN_MS }], { secrets: true })
 */
export const SHORT_LIVED_TOKEN_MS = 300

/**
 * One demo client to make: its role, how long its tokens live, its scopes, and any fields the vendor's sandbox keeps on it.
 *
 * @example
 * const spec: DemoClientSpec = { role: 'quota', tokenLifetimeMs: 3_600_000, scopes: ['integration'] }
 */
export interface DemoClientSpec {
  /**
   * Publishes the client on the control path as `<role>ClientId` (and `<role>ClientSecret`);
   * `main` publishes `clientId` and `clientSecret`. A client without a role is not published.
   */
  role?: string | undefined
  /** Default: `reference-client` for `main`, else `reference-<role in kebab case>-client`. */
  id?: string | undefined
  tokenLifetimeMs: number
  scopes?: readonly string[] | undefined
}

/**
 * A demo client as made: its spec's fields, plus an id, scopes, and a secret or public key.
 *
 * @example
 * clients.get('reference-client')?.secret
 */
export type DemoClient<Spec extends DemoClientSpec> = Omit<Spec, keyof OAuthClient> & OAuthClient & { role?: string | undefined }

/**
 * How demo clients authenticate: secrets (one each), and/or one RSA key pair they share, its private key published as PEM or as base64 DER.
 *
 * @example
 * demoClients(specs, { keyPair: 'pem' }).credentials.privateKey // '-----BEGIN PRIVATE KEY-----…'
 */
export interface DemoClientOptions {
  secrets?: boolean | undefined
  keyPair?: 'pem' | 'der-base64' | undefined
}

/**
 * Makes a sandbox's demo clients at its start: ids, random secrets or a throwaway key pair, and the
 * credentials the control path publishes for them (made up at start, worthless anywhere else, so
 * not secrets).
 *
 * @example
 * const clients = demoClients([{ role: 'main', tokenLifetimeMs: 3_600_000 }, { role: 'shortLived', tokenLifetimeMs: SHORT_LIVED_TOKEN_MS }], { secrets: true })
 * clients.credentials // { clientId: 'reference-client', clientSecret: '…', shortLivedClientId: 'reference-short-lived-client', shortLivedClientSecret: '…' }
 */
export function demoClients<Spec extends DemoClientSpec>(specs: readonly Spec[], options: DemoClientOptions = {}) {
  // A throwaway key of a local sandbox: 1024 bits take about 30 ms to make, 2048 bits 150-500 ms (every sandbox start).
  const keys = options.keyPair ? generateKeyPairSync('rsa', { modulusLength: 1024 }) : undefined
  const all: Array<DemoClient<Spec>> = specs.map((spec) => ({
    ...spec,
    id: spec.id ?? defaultId(spec.role),
    scopes: [...(spec.scopes ?? [])],
    secret: options.secrets ? randomBytes(18).toString('base64url') : undefined,
    publicKey: keys?.publicKey,
  }))
  const byId = new Map(all.map((client) => [client.id, client]))
  if (byId.size < all.length) throw new Error(`demoClients: two clients share an id (${all.map((client) => client.id).join(', ')})`)
  const credentials: Record<string, string> = {}
  for (const client of all) {
    if (client.role === undefined) continue
    const prefix = client.role === 'main' ? 'client' : `${client.role}Client`
    credentials[`${prefix}Id`] = client.id
    if (client.secret !== undefined) credentials[`${prefix}Secret`] = client.secret
  }
  if (keys && options.keyPair === 'pem') credentials.privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  if (keys && options.keyPair === 'der-base64') credentials.privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
  return {
    all,
    get: (id: string): DemoClient<Spec> | undefined => byId.get(id),
    credentials,
  }
}

/**
 * Demo clients, as {@link demoClients} returns them.
 *
 * @example
 * function issuerFor(clients: DemoClients<DemoClientSpec>) { … }
 */
export type DemoClients<Spec extends DemoClientSpec> = ReturnType<typeof demoClients<Spec>>

function defaultId(role: string | undefined): string {
  if (role === undefined || role === 'main') return 'reference-client'
  return `reference-${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-client`
}
