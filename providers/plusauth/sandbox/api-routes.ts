import { randomBytes } from 'node:crypto'
import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable, type Route } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { plusAuthError } from './envelope.ts'
import type { PlusAuthTenant, PlusAuthUser } from './tenants.ts'

/** Where the management API lives on a tenant's host. */
export const API_PREFIX = '/api/v1'

/** A management API route, with the scope its token needs and whether it changes the tenant. */
export interface PlusAuthRoute extends Route<PlusAuthTenant> {
  scope: string
  /** Assumption: a token held by a plain member may read but not change the tenant (`unauthorized_user`). */
  changes: boolean
}

/** The view types PlusAuth renders, as the official SDK's views service lists them (26). */
export const VIEW_TYPES = new Set([
  'account-linking',
  'account-deletion',
  'consent',
  'fill-missing',
  'login',
  'logout-success',
  'logout-confirm',
  'mfa',
  'mfa-email',
  'mfa-fv',
  'mfa-otp',
  'mfa-push',
  'mfa-sms',
  'mfa-webauthn',
  'password-recovery',
  'passwordless',
  'passwordless-email',
  'passwordless-webauthn',
  'passwordless-otp',
  'passwordless-push',
  'passwordless-sms',
  'password-challenge',
  'register',
  'reset-password',
  'verify-email',
  'error',
])

/** Top-level user fields and the values they take (every one may also be `null`, as PlusAuth's user types allow). */
const STRING_FIELDS = ['username', 'email', 'phone_number', 'name', 'picture', 'password'] as const
const BOOLEAN_FIELDS = ['email_verified', 'phone_number_verified', 'blocked', 'verify_email'] as const
/** The OpenID Connect claims PlusAuth keeps under `profile`, not at the top level. */
const PROFILE_STRING_FIELDS = new Set([
  'given_name',
  'middle_name',
  'family_name',
  'nickname',
  'profile_page',
  'website',
  'gender',
  'birthdate',
  'locale',
  'zoneinfo',
])
const HASH_FUNCTIONS = new Set(['bcrypt', 'argon2'])
const OTHER_FIELDS = new Set(['login_attempts', 'profile', 'metadata', 'hash_fn'])
const IDENTIFIERS = ['username', 'email', 'phone_number'] as const

const json = (status: number, body: JsonValue): SandboxResponse => ({ status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body })
type Fields = Record<string, JsonValue>

/** A user as PlusAuth answers it: its fields, its `profile`, and empty `credentials` and `identities`. */
function publicUser(user: PlusAuthUser): JsonValue {
  const { id, created_at, updated_at, username, email, phone_number, email_verified } = user
  const identifiers = Object.fromEntries(Object.entries({ username, email, phone_number, email_verified }).filter(([, value]) => value !== undefined))
  return { id, created_at, updated_at, ...identifiers, ...user.fields, profile: user.profile, credentials: [], identities: [] } as JsonValue
}

const isObject = (value: JsonValue | undefined): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * 400 `invalid_request` when the body is not a JSON object or a field has the wrong type. Fields
 * follow PlusAuth's user types: the OpenID Connect claims under `profile`, `null` allowed for most.
 * Assumption: a field PlusAuth's types do not have (e.g. `given_name` at the top level) is refused
 * the same way; the reference does not say what the server does with one.
 */
function readFields(body: ReturnType<typeof jsonBody>, creating: boolean): { ok: true; fields: Fields } | { ok: false; answer: SandboxResponse } {
  const refuse = (description: string) => ({ ok: false as const, answer: plusAuthError('invalid_request', description) })
  if (!body.ok || !isObject(body.value)) return refuse('The request body must be a JSON object.')
  const fields = body.value
  for (const [name, value] of Object.entries(fields)) {
    if ((STRING_FIELDS as readonly string[]).includes(name)) {
      if (value !== null && typeof value !== 'string') return refuse(`"${name}" must be a string or null.`)
    } else if ((BOOLEAN_FIELDS as readonly string[]).includes(name)) {
      if (value !== null && typeof value !== 'boolean') return refuse(`"${name}" must be a boolean or null.`)
    } else if (name === 'login_attempts') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return refuse('"login_attempts" must be a whole number.')
    } else if (name === 'hash_fn') {
      if (typeof value !== 'string' || !HASH_FUNCTIONS.has(value)) return refuse('"hash_fn" must be bcrypt or argon2.')
    } else if (name === 'metadata') {
      if (!isObject(value) || Object.keys(value).length > 10) return refuse('"metadata" must be an object of at most 10 keys.')
      if (Object.values(value).some((item) => isObject(item) || Array.isArray(item)))
        return refuse('"metadata" values must be strings, numbers, booleans or null.')
    } else if (name === 'profile') {
      if (!isObject(value)) return refuse('"profile" must be an object.')
      for (const [claim, claimValue] of Object.entries(value)) {
        if (claim === 'addresses') {
          if (!Array.isArray(claimValue) || !claimValue.every(isObject)) return refuse('"profile.addresses" must be a list of addresses.')
        } else if (!PROFILE_STRING_FIELDS.has(claim)) return refuse(`"profile.${claim}" is not a profile field.`)
        else if (claimValue !== null && typeof claimValue !== 'string') return refuse(`"profile.${claim}" must be a string or null.`)
      }
    } else if (name === 'identities' && creating) {
      if (!Array.isArray(value)) return refuse('"identities" must be a list.')
    } else if (!OTHER_FIELDS.has(name)) {
      const hint = PROFILE_STRING_FIELDS.has(name) ? ` It belongs under "profile".` : ''
      return refuse(`"${name}" is not a field of a user.${hint}`)
    }
  }
  return { ok: true, fields }
}

function duplicateOf(tenant: PlusAuthTenant, fields: Fields, except?: string): boolean {
  return [...tenant.users.values()].some(
    (user) => user.id !== except && IDENTIFIERS.some((name) => typeof fields[name] === 'string' && fields[name] === user[name]),
  )
}

/** Writes the fields of a create or update into a user: `null` clears a field, profile claims merge. */
function apply(user: PlusAuthUser, fields: Fields): void {
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'password') user.password = typeof value === 'string' ? value : undefined
    else if (name === 'verify_email' || name === 'identities' || name === 'hash_fn') continue
    else if (name === 'username' || name === 'email' || name === 'phone_number') user[name] = value as string | null
    else if (name === 'email_verified') user.email_verified = value as boolean | null
    else if (name === 'profile') Object.assign(user.profile, value)
    else user.fields[name] = value
  }
}

/** A whole number from the query, or undefined when absent; NaN when it is not one. */
function wholeNumber(request: SandboxRequest, name: string): number | undefined {
  const text = request.query.get(name)
  if (text === null) return undefined
  return /^\d+$/.test(text) ? Number(text) : Number.NaN
}

/**
 * The users and views routes of the management API, relative to {@link API_PREFIX}. Status and
 * error names are the documented ones; which check comes first is assumed (validation, then
 * duplicates, then the plan's user limit). Assumption: a create answers 201 and a delete 204 (the
 * reference states neither; the official SDK takes any 2xx).
 *
 * @example
 * plusAuthRoutes.match({ method: 'GET', path: '/users/usr_1' })
 */
export const plusAuthRoutes = routeTable<PlusAuthTenant, PlusAuthRoute>([
  {
    method: 'GET',
    pattern: '/users',
    scope: 'read:user',
    changes: false,
    handle(request, _params, tenant) {
      // `limit` users per page and `offset` pages skipped (the SDK's reading). Assumption: without a
      // limit every user is answered; q, sort_by and fields are accepted and not applied.
      const limit = wholeNumber(request, 'limit')
      const offset = wholeNumber(request, 'offset') ?? 0
      if (Number.isNaN(limit) || Number.isNaN(offset)) return plusAuthError('invalid_request', '"limit" and "offset" must be whole numbers.')
      const users = [...tenant.users.values()]
      const page = limit === undefined ? users : users.slice(limit * offset, limit * offset + limit)
      return json(200, { total: users.length, results: page.map(publicUser) })
    },
  },
  {
    method: 'POST',
    pattern: '/users',
    scope: 'write:user',
    changes: true,
    handle(request, _params, tenant) {
      const read = readFields(jsonBody(request), true)
      if (!read.ok) return read.answer
      const body = read.fields
      if (!IDENTIFIERS.some((name) => typeof body[name] === 'string' && body[name] !== ''))
        return plusAuthError('invalid_entity', 'One of username, email or phone_number is required.')
      if (duplicateOf(tenant, body)) return plusAuthError('already_exists')
      if (tenant.users.size >= tenant.userLimit) return plusAuthError('plan_limit_exceeded')
      const user: PlusAuthUser = {
        id: `usr_${randomBytes(4).toString('hex')}`,
        created_at: new Date(tenant.now()).toISOString(),
        updated_at: null,
        email_verified: false,
        fields: {},
        profile: {},
        role: 'admin',
      }
      apply(user, body)
      tenant.users.set(user.id, user)
      return json(201, publicUser(user))
    },
  },
  {
    method: 'GET',
    pattern: '/users/:id',
    scope: 'read:user',
    changes: false,
    handle(_request, params, tenant) {
      const user = tenant.users.get(params.id ?? '')
      return user ? json(200, publicUser(user)) : plusAuthError('entity_not_found')
    },
  },
  {
    method: 'PATCH',
    pattern: '/users/:id',
    scope: 'write:user',
    changes: true,
    handle(request, params, tenant) {
      const user = tenant.users.get(params.id ?? '')
      if (!user) return plusAuthError('entity_not_found')
      const read = readFields(jsonBody(request), false)
      if (!read.ok) return read.answer
      const body = read.fields
      if (duplicateOf(tenant, body, user.id)) return plusAuthError('already_exists')
      apply(user, body)
      user.updated_at = new Date(tenant.now()).toISOString()
      return json(200, publicUser(user))
    },
  },
  {
    method: 'DELETE',
    pattern: '/users/:id',
    scope: 'delete:user',
    changes: true,
    handle(_request, params, tenant) {
      if (!tenant.users.delete(params.id ?? '')) return plusAuthError('entity_not_found')
      return { status: 204, headers: {} }
    },
  },
  {
    method: 'GET',
    pattern: '/views/:type',
    scope: 'read:view',
    changes: false,
    handle(_request, params) {
      const type = params.type ?? ''
      if (!VIEW_TYPES.has(type)) return plusAuthError('unsupported_view_template')
      // A view as the SDK types it; the content stands for the default template.
      return json(200, { is_default: true, content: `<main>{{ ${type} }}</main>`, type })
    },
  },
])
