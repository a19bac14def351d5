import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { UstaApiClient } from './api-clients.ts'
import { ustaError } from './envelope.ts'
import type { UstaData } from './usta-data.ts'

/** Where the API lives on the services host. */
export const API_PREFIX = '/v1'

/** What a route sees: the data and the client the token belongs to. */
export interface UstaContext {
  data: UstaData
  client: UstaApiClient
}

// Assumption: a UAID is ten digits.
const UAID = /^\d{10}$/
const ok = (status: number, body?: JsonValue): SandboxResponse => ({ status, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body })
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const invalid = (subject: string, subjectType: 'parameter' | 'body') => ustaError(400, 5000, { subject, subjectType })
/** Assumption: the grant types, profiles and scopes a client may be registered with. */
const GRANT_TYPES = new Set(['client_credentials', 'authorization_code', 'refresh_token'])
const PROFILES = new Set(['partner', 'member', 'internal'])
const SCOPES = new Set(['customer.read', 'customer.write', 'organization.read', 'facility.read', 'facility.write', 'provider.read', 'provider.write'])

/** The body as a JSON object, or 9002 "HTTP message not readable" (assumption: Spring's name for an unreadable body). */
function readObject(request: SandboxRequest): { ok: true; fields: Record<string, JsonValue> } | { ok: false; answer: SandboxResponse } {
  const body = jsonBody(request)
  return body.ok && isObject(body.value) ? { ok: true, fields: body.value } : { ok: false, answer: ustaError(400, 9002) }
}

/** A UAID path parameter: 5002 when empty, 5003 when it is not a UAID. */
function uaidOf(value: string | undefined): string | SandboxResponse {
  if (value === undefined || value === '') return ustaError(400, 5002)
  return UAID.test(value) ? value : ustaError(400, 5003)
}

function customerOf(context: UstaContext, value: string | undefined) {
  const uaid = uaidOf(value)
  if (typeof uaid !== 'string') return { answer: uaid }
  const customer = context.data.customers.get(uaid)
  return customer ? { customer } : { answer: ustaError(404, 3001) }
}

function createFacility(request: SandboxRequest, context: UstaContext): SandboxResponse {
  const read = readObject(request)
  if (!read.ok) return read.answer
  const { name, organizationUaid } = read.fields
  // A field of the wrong JSON type cannot be read into the facility at all.
  if ((name !== undefined && typeof name !== 'string') || (organizationUaid !== undefined && typeof organizationUaid !== 'string')) return ustaError(400, 9002)
  if (!name || name.trim() === '') return invalid('name', 'body')
  if (!organizationUaid) return invalid('organizationUaid', 'body')
  const organization = context.data.organizations.get(organizationUaid)
  if (!organization) return ustaError(404, 3001)
  if (!context.client.facilityOrganizations.includes(organizationUaid)) return ustaError(403, 4006)
  const owned = [...context.data.facilities.values()].filter((facility) => facility.organizationUaid === organizationUaid)
  // Later versions of the page answer a duplicate with 409 (vendor README).
  if (owned.some((facility) => facility.name.toLowerCase() === name.toLowerCase())) return ustaError(409, 3002)
  // Assumption: "no remaining amount" is an organization's facility allowance used up.
  if (owned.length >= organization.facilityAllowance) return ustaError(400, 5004)
  return ok(201, context.data.addFacility({ name, organizationUaid }) as unknown as JsonValue)
}

/**
 * The API routes the README names, relative to {@link API_PREFIX}: customers (read, update, change
 * password), organizations, facilities, coaches ("providers") and client registration.
 *
 * @example
 * ustaRoutes.match({ method: 'GET', path: '/customer/2000000001' })
 */
export const ustaRoutes = routeTable<UstaContext>([
  { method: 'GET', pattern: '/customer', handle: () => ustaError(400, 5002) },
  {
    method: 'GET',
    pattern: '/customer/:uaid',
    handle(_request, params, context) {
      const found = customerOf(context, params.uaid)
      if (found.answer) return found.answer
      if (!context.client.customerOrganizations.includes(found.customer!.organizationUaid)) return ustaError(403, 4006)
      const { password: _password, ...customer } = found.customer!
      return ok(200, customer)
    },
  },
  {
    method: 'PATCH',
    pattern: '/customer/:uaid',
    handle(request, params, context) {
      const found = customerOf(context, params.uaid)
      if (found.answer) return found.answer
      if (!context.client.customerOrganizations.includes(found.customer!.organizationUaid)) return ustaError(403, 4006)
      const read = readObject(request)
      if (!read.ok) return read.answer
      for (const field of ['firstName', 'lastName'] as const) {
        const value = read.fields[field]
        if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) return invalid(field, 'body')
        if (typeof value === 'string') found.customer![field] = value
      }
      // Documented ("API Responses"): PUT/PATCH success answers 200 with an empty body.
      return ok(200)
    },
  },
  {
    method: 'PUT',
    pattern: '/customer/:uaid/password',
    handle(request, params, context) {
      const found = customerOf(context, params.uaid)
      if (found.answer) return found.answer
      const read = readObject(request)
      if (!read.ok) return read.answer
      const { currentPassword, newPassword, confirmNewPassword } = read.fields
      // Assumption: password changes are authorized by the current password, not by organization.
      if (typeof newPassword !== 'string' || newPassword === '') return ustaError(400, 6002)
      if (newPassword !== confirmNewPassword) return ustaError(400, 6006)
      if (currentPassword !== found.customer!.password) return ustaError(400, 6007)
      found.customer!.password = newPassword
      return ok(200)
    },
  },
  {
    method: 'GET',
    pattern: '/organizations/:uaid',
    handle(_request, params, context) {
      const uaid = uaidOf(params.uaid)
      if (typeof uaid !== 'string') return uaid
      const organization = context.data.organizations.get(uaid)
      if (!organization) return ustaError(404, 3001)
      // Assumption: the organization service refuses with the plain 403, the customer service with 4006.
      if (!context.client.readableOrganizations.includes(uaid)) return ustaError(403)
      return ok(200, { uaid: organization.uaid, name: organization.name })
    },
  },
  {
    method: 'GET',
    pattern: '/facilities',
    handle(request, _params, context) {
      const { query } = request
      const page = query.get('page')
      // Assumption: a malformed paging parameter is the plain 400, not a field validation error.
      if (page !== null && !/^\d+$/.test(page)) return ustaError(400)
      const latitude = query.get('latitude')
      const longitude = query.get('longitude')
      if ((latitude === null) !== (longitude === null)) return ustaError(400, 5001)
      if (latitude !== null && (Number.isNaN(Number(latitude)) || Number.isNaN(Number(longitude))))
        return invalid(Number.isNaN(Number(latitude)) ? 'latitude' : 'longitude', 'parameter')
      const name = query.get('name')?.toLowerCase()
      const list = [...context.data.facilities.values()].filter(
        (facility) => context.client.facilityOrganizations.includes(facility.organizationUaid) && (!name || facility.name.toLowerCase() === name),
      )
      return ok(200, { content: list as unknown as JsonValue, page: Number(page ?? 0) })
    },
  },
  { method: 'POST', pattern: '/facilities', handle: (request, _params, context) => createFacility(request, context) },
  {
    method: 'GET',
    pattern: '/facilities/:uaid',
    handle(_request, params, context) {
      const uaid = uaidOf(params.uaid)
      if (typeof uaid !== 'string') return uaid
      const facility = context.data.facilities.get(uaid)
      return facility ? ok(200, facility as unknown as JsonValue) : ustaError(404, 3001)
    },
  },
  {
    method: 'DELETE',
    pattern: '/facilities/:uaid',
    handle(_request, params, context) {
      const uaid = uaidOf(params.uaid)
      if (typeof uaid !== 'string') return uaid
      return context.data.facilities.delete(uaid) ? ok(200) : ustaError(404, 3001)
    },
  },
  {
    method: 'GET',
    pattern: '/providers/search/byFirstNameLastName',
    handle(request, _params, context) {
      for (const field of ['firstName', 'lastName']) {
        if ((request.query.get(field) ?? '').trim() === '') return invalid(field, 'parameter')
      }
      const first = request.query.get('firstName')!.toLowerCase()
      const last = request.query.get('lastName')!.toLowerCase()
      const found = [...context.data.providers.values()].filter(
        (provider) => provider.firstName.toLowerCase() === first && provider.lastName.toLowerCase() === last,
      )
      return ok(200, found as unknown as JsonValue)
    },
  },
  {
    method: 'GET',
    pattern: '/providers/:uaid',
    handle(_request, params, context) {
      const uaid = uaidOf(params.uaid)
      if (typeof uaid !== 'string') return uaid
      const provider = context.data.providers.get(uaid)
      return provider ? ok(200, provider as unknown as JsonValue) : ustaError(404, 3001)
    },
  },
  {
    method: 'PATCH',
    pattern: '/providers/:uaid',
    handle(request, params, context) {
      const uaid = uaidOf(params.uaid)
      if (typeof uaid !== 'string') return uaid
      const provider = context.data.providers.get(uaid)
      if (!provider) return ustaError(404, 3001)
      const read = readObject(request)
      if (!read.ok) return read.answer
      const numbers = [
        ['usptaNumber', 200601],
        ['ptrNumber', 200602],
      ] as const
      for (const [field, code] of numbers) {
        const value = read.fields[field]
        if (value !== undefined && value !== null && typeof value !== 'string') return invalid(field, 'body')
        // Later versions of the page answer these with 409 (vendor README lists 409 as added).
        if (typeof value === 'string' && [...context.data.providers.values()].some((other) => other.uaid !== uaid && other[field] === value))
          return ustaError(409, code)
      }
      for (const [field] of numbers) if (read.fields[field] !== undefined) provider[field] = (read.fields[field] as string | null) ?? null
      return ok(200)
    },
  },
  {
    method: 'POST',
    pattern: '/clients',
    handle(request) {
      const read = readObject(request)
      if (!read.ok) return read.answer
      const { clientOrg, grantType, profile, scopes } = read.fields
      if (typeof clientOrg !== 'string' || clientOrg.trim() === '') return ustaError(400, 6001)
      if (typeof grantType !== 'string' || !GRANT_TYPES.has(grantType)) return ustaError(400, 6003)
      if (typeof profile !== 'string' || !PROFILES.has(profile)) return ustaError(400, 6004)
      if (!Array.isArray(scopes) || scopes.length === 0 || scopes.some((scope) => typeof scope !== 'string' || !SCOPES.has(scope))) return ustaError(400, 6005)
      return ok(201, { clientId: `client-${clientOrg}-${Date.now()}`, clientOrg, grantType, profile, scopes })
    },
  },
])
