import { isRecord } from '../../http/error-envelope.ts'

/** The real-time notifications Docplanner waits on before it books or moves a visit. */
export const BLOCKING_NOTIFICATIONS = ['slot-booking', 'booking-moving'] as const

/** One of {@link BLOCKING_NOTIFICATIONS}. */
export type BlockingNotification = (typeof BLOCKING_NOTIFICATIONS)[number]

/** What a patient is trying to do, read from Docplanner's notification: book a slot, or move a booking to one. */
export interface BookingAttempt {
  notification: BlockingNotification
  facilityId: string
  doctorId: string
  addressId: string
  /** Start of the slot asked for (ISO 8601, as Docplanner sends it). */
  start: string
  end: string | undefined
  addressServiceId: string | undefined
  patient: { name?: string; surname?: string; email?: string; phone?: string } | undefined
  /** `booking-moving` only: the booking being moved (Docplanner's `canceling_booking.id`). */
  movingBookingId: string | undefined
}

/**
 * Reads a `slot-booking` or `booking-moving` notification (`{name, data, created_at}`, the shapes
 * of Docplanner's `SlotBookingNotification` and `BookingMovingNotification`). Returns null for
 * anything else, including a notification that lacks the ids or the start we need to decide.
 *
 * @example
 * readBookingAttempt({ name: 'slot-booking', data: { facility: { id: '1' }, doctor: { id: '2' }, address: { id: '3' }, visit_booking_request: { start_at: '2024-12-03T09:00:00+01:00' } } })?.start
 * // '2024-12-03T09:00:00+01:00'
 * @see https://integrations.docplanner.com/guide/callbacks/push-vs-pull.html
 */
export function readBookingAttempt(body: unknown): BookingAttempt | null {
  if (!isRecord(body) || !isRecord(body.data)) return null
  const notification = BLOCKING_NOTIFICATIONS.find((name) => name === body.name)
  if (notification === undefined) return null
  const { data } = body
  const visit = notification === 'slot-booking' ? data.visit_booking_request : data.creating_booking
  const facilityId = idOf(data.facility)
  const doctorId = idOf(data.doctor)
  const addressId = idOf(data.address)
  if (!isRecord(visit) || facilityId === undefined || doctorId === undefined || addressId === undefined) return null
  const start = textOf(visit.start_at)
  const movingBookingId = notification === 'booking-moving' ? idOf(data.canceling_booking) : undefined
  if (start === undefined || (notification === 'booking-moving' && movingBookingId === undefined)) return null
  return {
    notification,
    facilityId,
    doctorId,
    addressId,
    start,
    end: textOf(visit.end_at),
    addressServiceId: idOf(visit.address_service),
    patient: isRecord(visit.patient) ? patientOf(visit.patient) : undefined,
    movingBookingId,
  }
}

function idOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  if (typeof value.id === 'number' && Number.isFinite(value.id)) return String(value.id)
  return textOf(value.id)
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function patientOf(patient: Record<string, unknown>): BookingAttempt['patient'] {
  const fields = ['name', 'surname', 'email', 'phone'] as const
  return Object.fromEntries(fields.flatMap((field) => (typeof patient[field] === 'string' ? [[field, patient[field]]] : [])))
}
