import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../sandbox-kit/oauth/demo-clients.ts'

/** What an API client registered with USTA's Cognito token host may do. */
export interface UstaApiClient {
  id: string
  /** Organizations whose customers the client may read (4006 "access denied" otherwise). */
  customerOrganizations: string[]
  /** Organizations whose profile the client may read (the plain 403 otherwise). */
  readableOrganizations: string[]
  /** Organizations whose facilities the client manages. */
  facilityOrganizations: string[]
}

/**
 * The sandbox's demo clients, each with a secret made at start (assumption: our test client
 * manages organization 3000000001's facilities, reads that organization's customers, and may read
 * the profile of organization 3000000002 but not of its own).
 * A reference-sandbox convenience: a second client whose tokens live 0.3 s.
 *
 * @example
 * const clients = ustaApiClients()
 * clients.credentials.clientId // 'reference-client'
 */
export function ustaApiClients() {
  const client = (role: string, tokenLifetimeMs: number) => ({
    role,
    // Assumption: Cognito's default access-token lifetime, one hour (USTA's pages say only "short-lived").
    tokenLifetimeMs,
    customerOrganizations: ['3000000001'],
    readableOrganizations: ['3000000002'],
    facilityOrganizations: ['3000000001'],
  })
  return demoClients([client('main', 3_600_000), client('shortLived', SHORT_LIVED_TOKEN_MS)], { secrets: true })
}

/** The demo clients, as {@link ustaApiClients} returns them. */
export type UstaApiClients = ReturnType<typeof ustaApiClients>
