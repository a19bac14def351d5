import { constants, publicEncrypt, randomBytes, randomUUID } from 'node:crypto'
import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../sandbox-kit/oauth/demo-clients.ts'

/** What an API client of the Aplos account may do. */
export interface AplosApiClient {
  id: string
  disabled: boolean
  /** Resources the account has made available to this client (all of them, unless a demo client is restricted). */
  resources: Set<string>
  /** The Aplos accounts (organizations) this client may work on: its own, and any that authorized it as a partner. */
  accounts: Set<string>
}

/** A token the sandbox issued. */
export interface AplosToken {
  clientId: string
  expiresAt: number
  revoked: boolean
}

/** Documented: "lifetime 30 minutes". */
const TOKEN_LIFETIME_MS = 30 * 60_000

/** The id of the sandbox's test account (assumption: Aplos account ids are numeric text; the pages show `[ACCOUNT ID]`). */
export const APLOS_TEST_ACCOUNT_ID = '10001'

/** The resources of the API the sandbox serves; documented as plain reads (and a write) with the client's own token. */
const RESOURCES = ['accounts', 'funds', 'transactions', 'individual_contributions']

/**
 * The account's API clients and their tokens. Tokens are encrypted with the client's public key, as
 * the docs say, with PKCS#1 v1.5 padding (what Aplos's own samples decrypt with). The private key is
 * published as Aplos issues it: base64 PKCS#8 DER without PEM armour (its Java sample and C# library).
 *
 * Every client reads every resource with its own token (the resource pages name no other grant). The
 * account's own clients count as authorized for it on `/partners/verify` (assumption: the partners
 * page shows only a partner's call), and no other account has authorized them.
 * Assumptions (the page names the errors, not their causes): issuing a new token revokes the token
 * the client held (1003); the test account holds a disabled client `00000000-0000-4000-8000-000000000001` (1001).
 * Reference-sandbox conveniences: a client whose tokens live 0.3 s, one used to revoke tokens
 * without disturbing the main client, and a restricted one that is refused funds and individual
 * contributions (403 3000): a switch for the catalog's pending 3000 entries, since Aplos documents
 * no way to withhold a resource from an account's own client.
 *
 * @example
 * const clients = aplosApiClients()
 * const answer = clients.issue(clients.credentials.clientId)
 */
export function aplosApiClients(now: () => number = Date.now) {
  const client = (role: string | undefined, id: string, overrides: Partial<AplosApiClient> & { tokenLifetimeMs?: number } = {}) => ({
    role,
    id,
    disabled: false,
    tokenLifetimeMs: TOKEN_LIFETIME_MS,
    resources: new Set(RESOURCES),
    accounts: new Set([APLOS_TEST_ACCOUNT_ID]),
    ...overrides,
  })
  const clients = demoClients(
    [
      client('main', randomUUID()),
      client('shortLived', randomUUID(), { tokenLifetimeMs: SHORT_LIVED_TOKEN_MS }),
      client('revocation', randomUUID()),
      client('restricted', randomUUID(), { resources: new Set(['accounts', 'transactions']) }),
      client(undefined, '00000000-0000-4000-8000-000000000001', { disabled: true }),
    ],
    { keyPair: 'der-base64' },
  )
  const tokens = new Map<string, AplosToken>()
  return {
    get: clients.get,
    credentials: { ...clients.credentials, accountId: APLOS_TEST_ACCOUNT_ID },
    /** Issues a token (revoking the client's previous ones) and encrypts it for the client. */
    issue(id: string): { encrypted: string; expires: string } {
      const owner = clients.get(id)!
      for (const token of tokens.values()) if (token.clientId === id) token.revoked = true
      const token = randomBytes(24).toString('base64url')
      const expiresAt = now() + owner.tokenLifetimeMs
      tokens.set(token, { clientId: id, expiresAt, revoked: false })
      const encrypted = publicEncrypt({ key: owner.publicKey!, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(token)).toString('base64')
      return { encrypted, expires: new Date(expiresAt).toISOString() }
    },
    lookup: (token: string) => tokens.get(token),
  }
}

/** The account's clients, as {@link aplosApiClients} returns them. */
export type AplosApiClients = ReturnType<typeof aplosApiClients>
