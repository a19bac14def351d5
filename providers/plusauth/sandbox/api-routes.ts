import { randomBytes } from 'node:crypto'
import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable, type Route } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
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

/** Assumption: the view templates PlusAuth renders (the docs name `unsupported_view_template` only). */
const VIEW_TEMPLATES = new Set(['login', 'register', 'consent', 'fill-missing', 'forgot-password', 'reset-password', 'verify-email', 'challenge', 'error'])
const STRING_FIELDS = ['username', 'email', 'phone_number', 'given_name', 'family_name', 'password'] as const
const BOOLEAN_FIELDS = ['email_verified', 'phone_number_verified'] as const
const IDENTIFIERS = ['username', 'email', 'phone_number'] as const

const json = (status: number, body: JsonValue): SandboxResponse => ({ status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body })
const publicUser = ({ password: _password, role: _role, ...user }: PlusAuthUser) => user as unknown as JsonValue
type Fields = Record<string, JsonValue>

/** 400 `invalid_request` when a known field has the wrong type (or the body is not a JSON object). */
function readFields(body: ReturnType<typeof jsonBody>): { ok: true; fields: Fields } | { ok: false; answer: SandboxResponse } {
  const refuse = (description: string) => ({ ok: false as const, answer: plusAuthError('invalid_request', description) })
  if (!body.ok || typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) return refuse('The request body must be a JSON object.')
  const fields = body.value
  for (const name of STRING_FIELDS) if (fields[name] !== undefined && typeof fields[name] !== 'string') return refuse(`"${name}" must be a string.`)
  for (const name of BOOLEAN_FIELDS) if (fields[name] !== undefined && typeof fields[name] !== 'boolean') return refuse(`"${name}" must be a boolean.`)
  return { ok: true, fields }
}

function duplicateOf(tenant: PlusAuthTenant, fields: Fields, except?: string): boolean {
  return [...tenant.users.values()].some((user) => user.id !== except && IDENTIFIERS.some((name) => fields[name] !== undefined && fields[name] === user[name]))
}

/**
 * The users and views routes of the management API, relative to {@link API_PREFIX}. Status and
 * error names are the documented ones; which check comes first is assumed (validation, then
 * duplicates, then the plan's user limit).
 *
 * @example
 * plusAuthRoutes.match({ method: 'GET', path: '/users/usr_1' })
 */
export const plusAuthRoutes = routeTable<PlusAuthTenant, PlusAuthRoute>([
  {
    method: 'POST',
    pattern: '/users',
    scope: 'users:create',
    changes: true,
    handle(request, _params, tenant) {
      const read = readFields(jsonBody(request))
      if (!read.ok) return read.answer
      const body = read.fields
      if (!IDENTIFIERS.some((name) => typeof body[name] === 'string' && body[name] !== ''))
        return plusAuthError('invalid_entity', 'One of username, email or phone_number is required.')
      if (duplicateOf(tenant, body)) return plusAuthError('already_exists')
      if (tenant.users.size >= tenant.userLimit) return plusAuthError('plan_limit_exceeded')
      const user: PlusAuthUser = { id: `usr_${randomBytes(4).toString('hex')}`, email_verified: false, role: 'admin' }
      for (const name of STRING_FIELDS) if (typeof body[name] === 'string' && name !== 'password') user[name] = body[name]
      if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified
      tenant.users.set(user.id, user)
      return json(201, publicUser(user))
    },
  },
  {
    method: 'GET',
    pattern: '/users/:id',
    scope: 'users:read',
    changes: false,
    handle(_request, params, tenant) {
      const user = tenant.users.get(params.id ?? '')
      return user ? json(200, publicUser(user)) : plusAuthError('entity_not_found')
    },
  },
  {
    method: 'PATCH',
    pattern: '/users/:id',
    scope: 'users:update',
    changes: true,
    handle(request, params, tenant) {
      const user = tenant.users.get(params.id ?? '')
      if (!user) return plusAuthError('entity_not_found')
      const read = readFields(jsonBody(request))
      if (!read.ok) return read.answer
      const body = read.fields
      if (duplicateOf(tenant, body, user.id)) return plusAuthError('already_exists')
      for (const name of STRING_FIELDS) if (typeof body[name] === 'string' && name !== 'password') user[name] = body[name]
      if (typeof body.email_verified === 'boolean') user.email_verified = body.email_verified
      return json(200, publicUser(user))
    },
  },
  {
    method: 'DELETE',
    pattern: '/users/:id',
    scope: 'users:delete',
    changes: true,
    handle(_request, params, tenant) {
      if (!tenant.users.delete(params.id ?? '')) return plusAuthError('entity_not_found')
      return { status: 204, headers: {} }
    },
  },
  {
    method: 'GET',
    pattern: '/views/:type',
    scope: 'views:read',
    changes: false,
    handle(_request, params) {
      if (!VIEW_TEMPLATES.has(params.type ?? '')) return plusAuthError('unsupported_view_template')
      return json(200, { type: params.type ?? '', template: `<main>{{ ${params.type} }}</main>` })
    },
  },
])
