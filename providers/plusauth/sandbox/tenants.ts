import { randomBytes } from 'node:crypto'
import { fixedWindowCounter } from '../../sandbox-kit/fixed-window-counter.ts'
import { demoClients } from '../../sandbox-kit/oauth/demo-clients.ts'
import type { JsonValue } from '../../sandbox-kit/sandbox-types.ts'

/** A user of a tenant: the fields PlusAuth answers, plus what the sandbox keeps to itself. */
export interface PlusAuthUser {
  id: string
  created_at: string
  updated_at: string | null
  username?: string | null
  email?: string | null
  phone_number?: string | null
  email_verified?: boolean | null
  /** Other top-level fields as sent (name, picture, blocked, metadata, ...): PlusAuth's users allow `null`. */
  fields: Record<string, JsonValue>
  /** The OpenID Connect claims (given_name, family_name, ...), kept under `profile` as PlusAuth does. */
  profile: Record<string, JsonValue>
  /** The user's password, kept for the password grant; never answered. */
  password?: string | undefined
  /** Members may read but not change the tenant (assumption, see `api-routes.ts`). */
  role: 'admin' | 'member'
}

/** Assumption: the docs give no token lifetime; an hour, as OIDC providers commonly issue. */
const TOKEN_LIFETIME_MS = 3_600_000

/**
 * The management API's scopes: `read:user` (reading users) and `write:user` (creating and changing
 * them) as PlusAuth's Get, Create and Update User pages name them. Assumption: deleting users and
 * reading views need `delete:user` and `read:view` (no page names their scopes).
 */
export const MANAGEMENT_SCOPES = ['read:user', 'write:user', 'delete:user', 'read:view']

/**
 * The tenants of the sandbox: `reference` and any other asked for by `X-PlusAuth-Tenant`, each
 * with the same demo clients (secrets made at start, every management scope, a number of requests
 * per minute: assumption, PlusAuth limits per plan) and demo member (a reference-sandbox
 * convenience: a real second tenant is a second account). The reference tenant holds the test account's fixture user `usr_6f1c2a9e`
 * and is on a trial plan of 10 users (assumption: the docs give no plan numbers).
 *
 * @example
 * const tenants = plusAuthTenants()
 * tenants.get('reference').users.size // 2
 */
export function plusAuthTenants(now: () => number = Date.now) {
  const member = { username: 'reference-member', password: randomBytes(18).toString('base64url') }
  const clients = demoClients(
    [
      { role: 'main', tokenLifetimeMs: TOKEN_LIFETIME_MS, scopes: MANAGEMENT_SCOPES, requestsPerWindow: 10_000 },
      // Its plan allows 5 requests a minute, so that "too many requests" can be reached without stopping the other clients.
      { role: 'burst', tokenLifetimeMs: TOKEN_LIFETIME_MS, scopes: MANAGEMENT_SCOPES, requestsPerWindow: 5 },
    ],
    { secrets: true },
  )
  const tenants = new Map<string, ReturnType<typeof newTenant>>()
  const perMinute = fixedWindowCounter(60_000, now)

  function newTenant(name: string) {
    const users = new Map<string, PlusAuthUser>()
    const add = (user: PlusAuthUser) => users.set(user.id, user)
    const created_at = new Date(now()).toISOString()
    const user = (fields: Omit<PlusAuthUser, 'created_at' | 'updated_at' | 'fields' | 'profile'>): PlusAuthUser => ({
      created_at,
      updated_at: null,
      fields: {},
      profile: {},
      ...fields,
    })
    add(user({ id: 'usr_6f1c2a9e', username: 'fixture.user', email: 'fixture.user@example.com', email_verified: true, role: 'admin' }))
    add(user({ id: `usr_${randomBytes(4).toString('hex')}`, username: member.username, password: member.password, email_verified: true, role: 'member' }))
    // The audience PlusAuth's token example asks for: the tenant's URL followed by /api/ (not the API base /api/v1).
    return { name, users, userLimit: 10, audience: `https://${name}.plusauth.com/api/`, now }
  }

  return {
    clients,
    member,
    get(name: string) {
      let tenant = tenants.get(name)
      if (!tenant) tenants.set(name, (tenant = newTenant(name)))
      return tenant
    },
    /** Counts one request of a client in its tenant; false once its plan's requests for the minute are used. */
    allowRequest(tenant: string, client: { id: string; requestsPerWindow: number }): boolean {
      return perMinute.take(`${tenant}/${client.id}`, client.requestsPerWindow).allowed
    },
  }
}

/** The sandbox's tenants, as {@link plusAuthTenants} returns them. */
export type PlusAuthTenants = ReturnType<typeof plusAuthTenants>

/** A tenant, as {@link PlusAuthTenants.get} returns it. */
export type PlusAuthTenant = ReturnType<PlusAuthTenants['get']>
