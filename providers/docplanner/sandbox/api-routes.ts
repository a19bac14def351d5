import { jsonBody } from '../../sandbox-kit/read-request.ts'
import { routeTable } from '../../sandbox-kit/route-table.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { DocplannerClinic } from './clinic.ts'
import { docplannerError } from './envelope.ts'

/** Where the Integrations API v3 lives on a country's host. */
export const API_PREFIX = '/api/v3/integration'

const ok = (status: number, body?: JsonValue): SandboxResponse => ({ status, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body })
const items = (list: JsonValue[]) => ok(200, { _items: list })
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
// Assumption: validation messages in the Symfony validator's words, as Docplanner's API is built on Symfony.
const notDateTime = (field: string) => `${field}: This value is not a valid datetime.`
const blank = (field: string) => `${field}: This value should not be blank.`
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Finds the facility, doctor and address of a path: 404 when one is unknown, 403 when the facility is not ours. */
function placeOf(clinic: DocplannerClinic, params: Record<string, string>) {
  const facility = clinic.facilities.get(params.facility ?? '')
  if (!facility) return { answer: docplannerError(404) }
  if (!facility.assigned) return { answer: docplannerError(403) }
  if (params.doctor === undefined) return { facility }
  const doctor = facility.doctors.get(params.doctor)
  if (!doctor) return { answer: docplannerError(404) }
  if (params.address === undefined) return { facility, doctor }
  const address = doctor.addresses.get(params.address)
  if (!address) return { answer: docplannerError(404) }
  return { facility, doctor, address }
}

function slotErrors(slots: JsonValue | undefined, serviceIds: string[]): string[] {
  if (!Array.isArray(slots)) return [blank('slots')]
  return slots.flatMap((slot, index) => {
    const at = `slots[${index}]`
    if (!isObject(slot)) return [blank(at)]
    const errors: string[] = []
    for (const field of ['start', 'end'] as const) {
      if (typeof slot[field] !== 'string' || !ISO_DATE_TIME.test(slot[field]) || Number.isNaN(Date.parse(slot[field])))
        errors.push(notDateTime(`${at}.${field}`))
    }
    if (!errors.length && Date.parse(slot.end as string) <= Date.parse(slot.start as string)) errors.push(`${at}.end: This value should be greater than start.`)
    const services = slot.address_services
    if (!Array.isArray(services) || services.length === 0) errors.push(blank(`${at}.address_services`))
    else
      services.forEach((service, serviceIndex) => {
        if (!isObject(service) || !serviceIds.includes(String(service.address_service_id)))
          errors.push(`${at}.address_services[${serviceIndex}].address_service_id: This value is not valid.`)
      })
    return errors
  })
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
      // Assumption: a PUT replaces the published slots of the address.
      place.address!.slots.clear()
      for (const slot of body.value.slots as Record<string, JsonValue>[]) {
        const services = (slot.address_services as Record<string, JsonValue>[]).map((service) => String(service.address_service_id))
        place.address!.slots.set(Date.parse(slot.start as string), { start: slot.start as string, end: slot.end as string, serviceIds: services })
      }
      return ok(204)
    },
  },
  {
    method: 'POST',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/slots/:start/book',
    handle(request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const start = params.start ?? ''
      if (!ISO_DATE_TIME.test(start) || Number.isNaN(Date.parse(start))) return docplannerError(400, [notDateTime('start')])
      const body = jsonBody(request)
      if (!body.ok || !isObject(body.value)) return docplannerError(400, [blank('address_service_id'), blank('patient')])
      const patient = body.value.patient
      const errors = [
        ...(body.value.address_service_id === undefined ? [blank('address_service_id')] : []),
        ...(!isObject(patient)
          ? [blank('patient')]
          : ['name', 'surname', 'phone']
              .filter((field) => typeof patient[field] !== 'string' || patient[field] === '')
              .map((field) => blank(`patient.${field}`))),
      ]
      if (errors.length) return docplannerError(400, errors)
      const slot = place.address!.slots.get(Date.parse(start))
      if (!slot) return docplannerError(404)
      const taken = [...clinic.bookings.values()].some(
        (booking) => booking.addressId === place.address!.id && booking.facilityId === place.facility!.id && Date.parse(booking.start) === Date.parse(start),
      )
      if (taken) return docplannerError(409)
      const booking = clinic.book({
        facilityId: place.facility!.id,
        doctorId: place.doctor!.id,
        addressId: place.address!.id,
        start: slot.start,
        patient: patient as Record<string, unknown>,
      })
      return ok(201, { id: booking.id, start_at: booking.start, status: 'booked' })
    },
  },
  {
    method: 'GET',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/bookings/:booking',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      const booking = clinic.bookings.get(params.booking ?? '')
      if (!booking || booking.addressId !== place.address!.id) return docplannerError(404)
      return ok(200, { id: booking.id, start_at: booking.start, status: 'booked' })
    },
  },
  {
    method: 'DELETE',
    pattern: '/facilities/:facility/doctors/:doctor/addresses/:address/bookings/:booking',
    handle(_request, params, clinic) {
      const place = placeOf(clinic, params)
      if (place.answer) return place.answer
      if (!clinic.bookings.delete(params.booking ?? '')) return docplannerError(404)
      return ok(204)
    },
  },
])

/** Whether a request writes (counted against the per-minute write limit). */
export function isWrite(request: Pick<SandboxRequest, 'method'>): boolean {
  return ['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)
}
