import { randomBytes } from 'node:crypto'

/** An API client registered with USTA's Cognito token host. */
export interface UstaApiClient {
  id: string
  secret: string
  tokenLifetimeMs: number
  /** Organizations whose customers the client may read (4006 "access denied" otherwise). */
  customerOrganizations: string[]
  /** Organizations whose profile the client may read (the plain 403 otherwise). */
  readableOrganizations: string[]
  /** Organizations whose facilities the client manages. */
  facilityOrganizations: string[]
}

/**
 * The sandbox's demo clients (assumption: our test client manages organization 3000000001's
 * facilities, reads that organization's customers, and may read the profile of organization
 * 3000000002 but not of its own).
 * A reference-sandbox convenience: a second client whose tokens live 0.3 s.
 *
 * @example
 * const [main] = ustaApiClients()
 */
export function ustaApiClients(): UstaApiClient[] {
  const client = (id: string, tokenLifetimeMs: number): UstaApiClient => ({
    id,
    secret: randomBytes(18).toString('base64url'),
    // Assumption: Cognito's default access-token lifetime, one hour (USTA's pages say only "short-lived").
    tokenLifetimeMs,
    customerOrganizations: ['3000000001'],
    readableOrganizations: ['3000000002'],
    facilityOrganizations: ['3000000001'],
  })
  return [client('reference-client', 3_600_000), client('reference-short-lived-client', 300)]
}
