import { constants, generateKeyPairSync, publicEncrypt, randomBytes, randomUUID, type KeyObject } from 'node:crypto'

/** An API client of the Aplos account. */
export interface AplosApiClient {
  id: string
  publicKey: KeyObject
  disabled: boolean
  tokenLifetimeMs: number
  /** Resources the account has made available to this client. */
  resources: Set<string>
  /** Whether the client may read partner data (`/partners/verify`). */
  partner: boolean
}

/** A token the sandbox issued. */
export interface AplosToken {
  clientId: string
  expiresAt: number
  revoked: boolean
}

/** Documented: "lifetime 30 minutes". */
const TOKEN_LIFETIME_MS = 30 * 60_000

/**
 * The account's API clients and their tokens. Tokens are encrypted with the client's public key, as
 * the docs say, with PKCS#1 v1.5 padding (what Aplos's own samples decrypt with).
 *
 * Assumptions (the page names the errors, not their causes): issuing a new token revokes the token
 * the client held (1003); the account shares accounts and transactions with its clients but not funds
 * or individual contributions (3000), and makes none of them a partner (1006); the test account holds
 * a disabled client `00000000-0000-4000-8000-000000000001` (1001).
 * Reference-sandbox conveniences: a client whose tokens live 0.3 s, and one used to revoke tokens
 * without disturbing the main client.
 *
 * @example
 * const clients = aplosApiClients()
 * const answer = clients.issue(clients.credentials.clientId)
 */
export function aplosApiClients(now: () => number = Date.now) {
  // A throwaway key of a local sandbox: 1024 bits take about 30 ms to make, 2048 bits 150-500 ms (every sandbox start).
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const shared = ['accounts', 'transactions']
  const client = (id: string, overrides: Partial<AplosApiClient> = {}): AplosApiClient => ({
    id,
    publicKey,
    disabled: false,
    tokenLifetimeMs: TOKEN_LIFETIME_MS,
    resources: new Set(shared),
    partner: false,
    ...overrides,
  })
  const all = [
    client(randomUUID()),
    client(randomUUID(), { tokenLifetimeMs: 300 }),
    client(randomUUID()),
    client('00000000-0000-4000-8000-000000000001', { disabled: true }),
  ]
  const byId = new Map(all.map((entry) => [entry.id, entry]))
  const tokens = new Map<string, AplosToken>()
  const [main, shortLived, revocation] = all
  return {
    get: (id: string) => byId.get(id),
    credentials: {
      clientId: main!.id,
      shortLivedClientId: shortLived!.id,
      revocationClientId: revocation!.id,
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
    /** Issues a token (revoking the client's previous ones) and encrypts it for the client. */
    issue(id: string): { encrypted: string; expires: string } {
      const owner = byId.get(id)!
      for (const token of tokens.values()) if (token.clientId === id) token.revoked = true
      const token = randomBytes(24).toString('base64url')
      const expiresAt = now() + owner.tokenLifetimeMs
      tokens.set(token, { clientId: id, expiresAt, revoked: false })
      const encrypted = publicEncrypt({ key: owner.publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(token)).toString('base64')
      return { encrypted, expires: new Date(expiresAt).toISOString() }
    },
    lookup: (token: string) => tokens.get(token),
  }
}

/** The account's clients, as {@link aplosApiClients} returns them. */
export type AplosApiClients = ReturnType<typeof aplosApiClients>
