/** The slot, doctor and patient every booking-webhook scenario is about (made-up values). */
export const EXAMPLE = {
  facilityId: '12345',
  doctorId: '67890',
  addressId: '24680',
  addressServiceId: '55555',
  start: '2024-12-03T09:00:00+01:00',
  end: '2024-12-03T09:30:00+01:00',
  bookingId: '13579',
  patient: { name: 'Ada', surname: 'Example', email: 'ada@example.com', phone: '500000000' },
} as const

/** A `slot-booking` notification as Docplanner sends it (`SlotBookingNotification`). */
export function slotBookingNotification(): Record<string, unknown> {
  return {
    name: 'slot-booking',
    created_at: '2024-12-02T10:00:00+01:00',
    data: {
      facility: { id: EXAMPLE.facilityId, name: 'Example Clinic' },
      doctor: { id: EXAMPLE.doctorId, name: 'Jan', surname: 'Example' },
      address: { id: EXAMPLE.addressId },
      visit_booking_request: {
        start_at: EXAMPLE.start,
        end_at: EXAMPLE.end,
        duration: 30,
        booking_by: 'patient',
        address_service: { id: EXAMPLE.addressServiceId, name: 'Consultation' },
        patient: { ...EXAMPLE.patient },
      },
    },
  }
}

/** A `booking-moving` notification: booking `bookingId` is to move to the slot at `start`. */
export function bookingMovingNotification(bookingId: string = EXAMPLE.bookingId): Record<string, unknown> {
  const slot = slotBookingNotification() as { data: { visit_booking_request: unknown } & Record<string, unknown> }
  const { visit_booking_request: creating, ...rest } = slot.data
  return {
    name: 'booking-moving',
    created_at: '2024-12-02T10:00:00+01:00',
    data: { ...rest, canceling_booking: { id: bookingId, start_at: '2024-12-02T15:00:00+01:00' }, creating_booking: creating },
  }
}

/** One interaction of the booking-webhook contract: what Docplanner sends, in which provider state. */
export interface BookingWebhookScenario {
  description: string
  state: { name: string; params: Record<string, string> } | null
  notification: Record<string, unknown>
}

/**
 * The scenario that makes our webhook answer each reason of our dictionary. The contract test
 * loops over the dictionary, so a new code without a scenario here fails the test.
 */
export const BLOCKING_SCENARIOS: Readonly<Record<string, BookingWebhookScenario>> = {
  'slot-no-longer-available': {
    description: 'a slot-booking for a slot that was taken meanwhile',
    state: { name: 'the slot at {start} is no longer available', params: { start: EXAMPLE.start } },
    notification: slotBookingNotification(),
  },
  'service-not-offered': {
    description: 'a slot-booking for a visit type the doctor does not offer',
    state: { name: 'address service {addressServiceId} is not offered', params: { addressServiceId: EXAMPLE.addressServiceId } },
    notification: slotBookingNotification(),
  },
  'patient-already-booked': {
    description: 'a slot-booking by a patient who already has a visit at that time',
    state: { name: 'the patient with email {email} already has a visit at {start}', params: { email: EXAMPLE.patient.email, start: EXAMPLE.start } },
    notification: slotBookingNotification(),
  },
  'booking-not-found': {
    description: 'a booking-moving for a booking we do not know',
    state: { name: 'no booking exists with id {bookingId}', params: { bookingId: '99999999' } },
    notification: bookingMovingNotification('99999999'),
  },
  'request-not-understood': {
    description: 'a slot-booking without the slot it is about',
    state: null,
    notification: { name: 'slot-booking', created_at: '2024-12-02T10:00:00+01:00', data: {} },
  },
}

/** The scenarios our webhook lets through (any 2xx). */
export const ACCEPTING_SCENARIOS: readonly BookingWebhookScenario[] = [
  {
    description: 'a slot-booking for a free slot',
    state: { name: 'the slot at {start} is free', params: { start: EXAMPLE.start } },
    notification: slotBookingNotification(),
  },
  {
    description: 'a booking-moving of an existing booking to a free slot',
    state: { name: 'booking {bookingId} exists and the slot at {start} is free', params: { bookingId: EXAMPLE.bookingId, start: EXAMPLE.start } },
    notification: bookingMovingNotification(),
  },
]
