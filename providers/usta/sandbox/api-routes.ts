import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { UstaApiClient } from './api-clients.ts'
import { ustaError } from './envelope.ts'
import type { Facility, UstaData } from './usta-data.ts'

/** Where the API lives on the services host (the USTA Connect API's facility path starts with it too). */
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
  if (!customer) return { answer: ustaError(404, 3001) }
  if (!context.client.customerOrganizations.includes(customer.organizationUaid)) return { answer: ustaError(403, 4006) }
  return { customer }
}

/** Documented: PUT/PATCH of a customer answers 200 with an empty body. Its fields are not listed; first and last name are assumed. */
function changeCustomer(request: SandboxRequest, params: Record<string, string>, context: UstaContext): SandboxResponse {
  const found = customerOf(context, params.uaid)
  if (found.answer) return found.answer
  const read = readObject(request)
  if (!read.ok) return read.answer
  for (const field of ['firstName', 'lastName'] as const) {
    const value = read.fields[field]
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) return invalid(field, 'body')
    if (typeof value === 'string') found.customer![field] = value
  }
  return ok(200)
}

const facilityAnswer = (facility: Facility) => ok(200, { ustaFacilityId: facility.ustaFacilityId, ...facility.fields })

/** The Facility API's documented values of `facilityStatus`. */
const FACILITY_STATUSES = new Set(['Active', 'Closed', 'Duplicate', 'Nonexistent', 'ConvertedPickleBall', 'Inactive'])
/** The JSON type of each field the Facility API's schema and example name (`address.*` inside `address`). */
const FACILITY_TYPES: Record<string, 'string' | 'integer' | 'boolean' | 'object'> = {
  ustaFacilityId: 'integer',
  facilityStatus: 'string',
  externalFacilityId: 'string',
  name: 'string',
  verifiedBy: 'string',
  phoneNumber: 'string',
  website: 'string',
  facilityType: 'string',
  facilityTypeDetail: 'string',
  isPrivateFlag: 'boolean',
  reservationType: 'string',
  lastUpdatedBy: 'string',
  sourceData: 'string',
  address: 'object',
  amenities: 'object',
  courts: 'object',
}
const ADDRESS_FIELDS = ['streetAddressLine1', 'streetAddressLine2', 'city', 'state', 'zip', 'postalCode', 'country', 'latitude', 'longitude']
/** The address fields an existing facility is matched on (Facility API: create-or-update). */
const ADDRESS_KEY = ['streetAddressLine1', 'city', 'state', 'zip', 'country']

function hasType(value: JsonValue, type: string): boolean {
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value)
  if (type === 'object') return isObject(value)
  return typeof value === type
}

/** Whether a body field holds a value of another JSON type than the schema's (null is "not given"). */
function unreadableField(fields: Record<string, JsonValue>): boolean {
  for (const [field, type] of Object.entries(FACILITY_TYPES)) {
    const value = fields[field]
    if (value !== undefined && value !== null && !hasType(value, type)) return true
  }
  const address = fields.address
  return isObject(address) && ADDRESS_FIELDS.some((field) => address[field] !== undefined && address[field] !== null && typeof address[field] !== 'string')
}

function addressKey(fields: Record<string, JsonValue>): string | undefined {
  const address = fields.address
  if (!isObject(address)) return undefined
  const parts = ADDRESS_KEY.map((field) => address[field])
  return parts.every((part) => typeof part === 'string' && part.trim() !== '')
    ? parts.map((part) => (part as string).trim().toLowerCase()).join('|')
    : undefined
}

/**
 * `POST /v1/usta-connect/facilities`, the Facility API's create-or-update: `facilityStatus` (one of
 * its values), `name` and `isPrivateFlag` are required; with `ustaFacilityId` it updates that
 * facility (`verifiedBy` is then required); without, a facility at the same address is answered
 * instead of a duplicate, else a new one is created. Valid calls answer 200 (USTA's general rule;
 * the Facility API page states no status). Assumptions: a value of the wrong JSON type makes the
 * body unreadable (9002); a missing or invalid field is a 5000 naming it; an empty name is invalid.
 */
function upsertFacility(request: SandboxRequest, context: UstaContext): SandboxResponse {
  const read = readObject(request)
  if (!read.ok) return read.answer
  const { fields } = read
  if (unreadableField(fields)) return ustaError(400, 9002)
  for (const field of ['facilityStatus', 'name', 'isPrivateFlag']) if (fields[field] === undefined || fields[field] === null) return invalid(field, 'body')
  if (!FACILITY_STATUSES.has(fields.facilityStatus as string)) return invalid('facilityStatus', 'body')
  if ((fields.name as string).trim() === '') return invalid('name', 'body')
  const { ustaFacilityId, ...saved } = fields
  if (typeof ustaFacilityId === 'number') {
    const facility = context.data.facilities.get(ustaFacilityId)
    if (!facility) return ustaError(404, 3001)
    if (typeof saved.verifiedBy !== 'string' || saved.verifiedBy.trim() === '') return invalid('verifiedBy', 'body')
    facility.fields = { ...facility.fields, ...saved }
    return facilityAnswer(facility)
  }
  const key = addressKey(saved)
  const existing = key === undefined ? undefined : [...context.data.facilities.values()].find((facility) => addressKey(facility.fields) === key)
  return facilityAnswer(existing ?? context.data.addFacility(saved))
}

/**
 * `POST /v1/facilities`: listed as "create a new facility", without a body, only by version 12 of
 * USTA's unbound page (the Facility API's create-or-update documents facility creation instead).
 * Assumptions, all of them: the body is `name` and `organizationUaid`; a duplicate name in the
 * organization answers 409 3002; "no remaining amount" (5004) is the organization's facility
 * allowance used up. Valid calls answer 200, USTA's general rule.
 */
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
  if (owned.some((facility) => String(facility.fields.name).toLowerCase() === name.toLowerCase())) return ustaError(409, 3002)
  if (owned.length >= organization.facilityAllowance) return ustaError(400, 5004)
  return facilityAnswer(context.data.addFacility({ name }, organizationUaid))
}

/** An organization the client may see: 5002/5003 for a bad UAID, 3001 when missing, the plain 403 when not allowed. */
function organizationOf(context: UstaContext, value: string | undefined, allowed: (uaid: string) => boolean) {
  const uaid = uaidOf(value)
  if (typeof uaid !== 'string') return { answer: uaid }
  const organization = context.data.organizations.get(uaid)
  if (!organization) return { answer: ustaError(404, 3001) }
  // Assumption: the organization service refuses with the plain 403, the customer service with 4006.
  if (!allowed(uaid)) return { answer: ustaError(403) }
  return { organization }
}

/**
 * The USTA API routes our client uses, relative to {@link API_PREFIX}, as USTA's pages list them:
 * customers (GET, PUT, PATCH), organizations (profile, facility ids, search by facility),
 * facilities (one by id; the Facility API's create-or-update; the older create), and the provider
 * (coach) search. No facility list, no DELETE, no password, client-registration or provider-record
 * routes: USTA documents none, so they answer 404 (405 where the path exists with other methods).
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
      return found.answer ?? ok(200, { ...found.customer! })
    },
  },
  { method: 'PUT', pattern: '/customer/:uaid', handle: changeCustomer },
  { method: 'PATCH', pattern: '/customer/:uaid', handle: changeCustomer },
  {
    method: 'GET',
    pattern: '/organizations/search/byFacilityId',
    handle(request, _params, context) {
      // Assumption: the facilityId parameter is required (the page gives only the call template).
      const facilityId = (request.query.get('facilityId') ?? '').trim()
      if (facilityId === '') return invalid('facilityId', 'parameter')
      const facility = /^\d+$/.test(facilityId) ? context.data.facilities.get(Number(facilityId)) : undefined
      const owner = facility?.organizationUaid === undefined ? undefined : context.data.organizations.get(facility.organizationUaid)
      // Documented: some lookups answer 200 with an empty result set.
      return ok(200, owner ? [{ uaid: owner.uaid, name: owner.name }] : [])
    },
  },
  {
    method: 'GET',
    pattern: '/organizations/:uaid',
    handle(_request, params, context) {
      const found = organizationOf(context, params.uaid, (uaid) => context.client.readableOrganizations.includes(uaid))
      return found.answer ?? ok(200, { uaid: found.organization!.uaid, name: found.organization!.name })
    },
  },
  {
    method: 'GET',
    pattern: '/organizations/:uaid/facilities',
    handle(_request, params, context) {
      const { client } = context
      const found = organizationOf(context, params.uaid, (uaid) => client.readableOrganizations.includes(uaid) || client.facilityOrganizations.includes(uaid))
      if (found.answer) return found.answer
      const ids = [...context.data.facilities.values()]
        .filter((facility) => facility.organizationUaid === found.organization!.uaid)
        .map((facility) => facility.ustaFacilityId)
      return ok(200, ids)
    },
  },
  { method: 'POST', pattern: '/facilities', handle: (request, _params, context) => createFacility(request, context) },
  {
    method: 'GET',
    pattern: '/facilities/:id',
    handle(_request, params, context) {
      // Facility ids are integers (the Facility API's ustaFacilityId).
      if (!/^\d+$/.test(params.id ?? '')) return ustaError(400, 5003)
      const facility = context.data.facilities.get(Number(params.id))
      return facility ? facilityAnswer(facility) : ustaError(404, 3001)
    },
  },
  { method: 'POST', pattern: '/usta-connect/facilities', handle: (request, _params, context) => upsertFacility(request, context) },
  {
    method: 'GET',
    pattern: '/providers/search/byFirstNameLastName',
    handle(request, _params, context) {
      // Assumption: both names are required, and an empty one is a parameter validation error.
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
])
