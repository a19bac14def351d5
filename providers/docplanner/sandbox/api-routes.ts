import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { Booking, DocplannerClinic } from './clinic.ts'
import { docplannerError } from './envelope.ts'

/** Where the Integrations API v3 lives on a country's host. */
export const API_PREFIX = '/api/v3/integration'

/** The success content type of the Integrations API (its error answers use `application/vnd.error+docplanner+json`). */
export const DOCPLANNER_SUCCESS_TYPE = 'application/vnd.docplanner+json; charset=UTF-8'

const ok = (status: number, body?: JsonValue): SandboxResponse => ({
  status,
  headers: body === undefined ? {} : { 'Content-Type': DOCPLANNER_SUCCESS_TYPE },
  body,
})
const items = (list: JsonValue[]) => ok(200, { _items: list })
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
// Assumption: validation messages in the Symfony validator's words, as Docplanner's API is built on Symfony.
const notDateTime = (field: string) => `${field}: This value is not a valid datetime.`
const blank = (field: string) => `${field}: This value should not be blank.`
const notValid = (field: string) => `${field}: This value is not valid.`
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isDateTime = (value: JsonValue | undefined): value is string => typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
/** The reference's three insurance settings of a slot (default `with-and-without-insurance`). */
const INSURANCE_ACCEPTED = ['with-and-without-insurance', 'without-insurance-only', 'with-insurance-only']
// The reference's example answers: 403 FacilityNotAuthorized, 404 ObjectNotFound.
const NOT_AUTHORIZED = 'You are not authorized to see this facility'
const NOT_FOUND = 'Object not found'

/** Finds the facility, doctor and address of a path: 404 when one is unknown, 403 when the facility is not ours. */
function placeOf(clinic: DocplannerClinic, params: Record<string, string>) {
  const facility = clinic.facilities.get(params.facility ?? '')
  if (!facility) return { answer: docplannerError(404, [], {}, NOT_FOUND) }
  if (!facility.assigned) return { answer: docplannerError(403, [], {}, NOT_AUTHORIZED) }
  if (params.doctor === undefined) return { facility }
  const doctor = facility.doctors.get(params.doctor)
  if (!doctor) return { answer: docplannerError(404, [], {}, NOT_FOUND) }
  if (params.address === undefined) return { facility, doctor }
  const address = doctor.addresses.get(params.address)
  if (!address) return { answer: docplannerError(404, [], {}, NOT_FOUND) }
  return { facility, doctor, address }
}

/**
 * What is wrong with a replace-slots body (`ReplaceSlotsRequest`): every item needs a `start` and
 * an `end` date-time; `address_services` may be null or empty (the item then only removes slots),
 * else each names a service of the address and an integer `duration`.
 */
function slotErrors(slots: JsonValue | undefined, serviceIds: string[]): string[] {
  if (!Array.isArray(slots)) return [blank('slots')]
  return slots.flatMap((slot, index) => {
    const at = `slots[${index}]`
    if (!isObject(slot)) return [blank(at)]
    const errors: string[] = []
    for (const field of ['start', 'end'] as const) if (!isDateTime(slot[field])) errors.push(notDateTime(`${at}.${field}`))
    if (!errors.length && Date.parse(slot.end as string) <= Date.parse(slot.start as string)) errors.push(`${at}.end: This value should be greater than start.`)
    const services = slot.address_services
    if (services !== undefined && services !== null && !Array.isArray(services)) errors.push(notValid(`${at}.address_services`))
    if (Array.isArray(services))
      services.forEach((service, serviceIndex) => {
        const where = `${at}.address_services[${serviceIndex}]`
        if (!isObject(service) || typeof service.address_service_id !== 'string' || !serviceIds.includes(service.address_service_id))
          errors.push(notValid(`${where}.address_service_id`))
        if (!isObject(service) || !Number.isInteger(service.duration) || (service.duration as number) < 1) errors.push(notValid(`${where}.duration`))
      })
    const insurance = slot.insurance_accepted
    if (insurance !== undefined && insurance !== null && !INSURANCE_ACCEPTED.includes(insurance as string)) errors.push(notValid(`${at}.insurance_accepted`))
    const providers = slot.insurance_providers
    if (providers !== undefined && providers !== null && (!Array.isArray(providers) || !providers.every((provider) => Number.isInteger(provider))))
      errors.push(notValid(`${at}.insurance_providers`))
    return errors
  })
}

/**
 * What is wrong with a book-slot body (`BookSlotRequest`): `address_service_id` (string) and
 * `duration` (integer) are required, and a `patient` with a `name` and a `phone` (which may be
 * null; the reference's own example sends it as a number). `surname` is optional (API 1.0.6).
 */
function bookingErrors(body: Record<string, JsonValue>): string[] {
  const patient = body.patient
  const errors = [
    ...(typeof body.address_service_id !== 'string' || body.address_service_id === '' ? [blank('address_service_id')] : []),
    ...(!Number.isInteger(body.duration) ? [blank('duration')] : []),
  ]
  if (!isObject(patient)) return [...errors, blank('patient')]
  if (typeof patient.name !== 'string' || patient.name === '') errors.push(blank('patient.name'))
  if (!Object.hasOwn(patient, 'phone') || !(patient.phone === null || typeof patient.phone === 'string' || typeof patient.phone === 'number'))
    errors.push(blank('patient.phone'))
  return errors
}

/** A booking as the reference's `Booking` schema shows it. */
function bookingBody(booking: Booking): JsonValue {
  return {
    id: booking.id,
    status: 'booked',
    start_at: booking.start,
    end_at: booking.end,
    duration: booking.duration,
    booked_at: booking.bookedAt,
    patient: booking.patient as JsonValue,
    address_service: { id: booking.serviceId },
  }
}

/**
 * The Integrations API routes the docs name, relative to {@link API_PREFIX}: facilities, doctors,
 * addresses and their services, slots (`PUT` to publish, `POST .../book` to book), bookings.
 *
 * @example
 * docplannerRoutes.match({ method: 'GET', path: '/facilities' })
 */
export const docplannerRoutes = routeTable<DocplannerClinic>([
  {
    method: 'GET',
    pattern: '/facilities',
    handle: (_request, _params, clinic) => items([...clinic.facilities.values()].filter((facility) => facility.assigned).map(({ id, name }) => ({ id, name }))),
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      return place.answer ?? ok(200, { id: place.facility!.id, name: place.facility!.name })
    },
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility/doctors',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      return place.answer ?? items([...place.facility!.doctors.values()].map(({ id, name }) => ({ id, name })))
    },
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility/doctors/:doctor/addresses',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      return place.answer ?? items([...place.doctor!.addresses.values()].map(({ id }) => ({ id })))
    },
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/services',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      return place.answer ?? items(place.address!.services.map(({ id, name, duration }) => ({ id, name, default_duration: duration })))
    },
  },
  {
    method: 'PUT',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/slots',
    handle(request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const body = jsonBody(request)
      if (!body.ok || !isObject(body.value)) return docplannerError(400, [blank('slots')])
      const errors = slotErrors(
        body.value.slots,
        place.address!.services.map((service) => service.id),
      )
      if (errors.length) return docplannerError(400, errors)
      // The reference: the request overrides every existing slot within its items' date ranges.
      const slots = place.address!.slots
      const ranges = (body.value.slots as Record<string, JsonValue>[]).map(
        (slot) => [Date.parse(slot.start as string), Date.parse(slot.end as string)] as const,
      )
      for (const [at, slot] of slots) if (ranges.some(([start, end]) => at < end && Date.parse(slot.end) > start)) slots.delete(at)
      for (const slot of body.value.slots as Record<string, JsonValue>[]) {
        const services = Array.isArray(slot.address_services) ? (slot.address_services as Record<string, JsonValue>[]) : []
        // Null or no services: the item only removes the slots of its range.
        if (services.length === 0) continue
        slots.set(Date.parse(slot.start as string), {
          start: slot.start as string,
          end: slot.end as string,
          serviceIds: services.map((service) => String(service.address_service_id)),
        })
      }
      return ok(201)
    },
  },
  {
    method: 'POST',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/slots/:start/book',
    handle(request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const start = params.start ?? ''
      if (!isDateTime(start)) return docplannerError(400, [notDateTime('start')])
      const body = jsonBody(request)
      if (!body.ok || !isObject(body.value)) return docplannerError(400, [blank('address_service_id'), blank('duration'), blank('patient')])
      const errors = bookingErrors(body.value)
      if (errors.length) return docplannerError(400, errors)
      // The reference lists no 409 here: a slot that is not there, or no longer free, is its 404 UnableToPerformBookingWithSlot.
      const unavailable = docplannerError(404, [], {}, `Unable to perform booking. Requested target slot (${start}) not found`)
      const slot = place.address!.slots.get(Date.parse(start))
      if (!slot) return unavailable
      const taken = [...clinic.bookings.values()].some(
        (booking) => booking.addressId === place.address!.id && booking.facilityId === place.facility!.id && Date.parse(booking.start) === Date.parse(start),
      )
      if (taken) return unavailable
      const duration = body.value.duration as number
      const booking = clinic.book({
        facilityId: place.facility!.id,
        doctorId: place.doctor!.id,
        addressId: place.address!.id,
        start: slot.start,
        end: slot.end,
        duration,
        serviceId: body.value.address_service_id as string,
        bookedAt: new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        patient: body.value.patient as Record<string, unknown>,
      })
      return ok(200, bookingBody(booking))
    },
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/bookings/:booking',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const booking = clinic.bookings.get(params.booking ?? '')
      if (!booking || booking.addressId !== place.address!.id) return docplannerError(404, [], {}, NOT_FOUND)
      return ok(200, bookingBody(booking))
    },
  },
  {
    method: 'DELETE',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/bookings/:booking',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const booking = clinic.bookings.get(params.booking ?? '')
      if (!booking || booking.addressId !== place.address!.id) return docplannerError(404, [], {}, NOT_FOUND)
      clinic.bookings.delete(booking.id)
      return ok(204)
    },
  },
])

/** Whether a request writes (counted against the per-minute write limit). */
export function isWrite(request: Pick<SandboxRequest, 'method'>): boolean {
  return ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)
}
