import type { Availability } from '../../consumers/docplanner/booking-webhook/booking-decision.ts'

/**
 * An in-memory stand-in for our booking system, which provider states set up: by default every
 * slot is free, every visit type offered, no patient has a visit and no booking exists.
 *
 * @example
 * const clinic = new FakeClinic()
 * clinic.takenSlots.add('2024-12-03T09:00:00+01:00')
 * createBookingWebhookServer({ availability: clinic.availability })
 */
export class FakeClinic {
  readonly takenSlots = new Set<string>()
  readonly servicesNotOffered = new Set<string>()
  /** `email start` pairs of visits patients already have. */
  readonly patientVisits = new Set<string>()
  readonly bookings = new Set<string>()

  readonly availability: Availability = {
    isSlotFree: (attempt) => !this.takenSlots.has(attempt.start),
    offersService: (attempt) => !this.servicesNotOffered.has(attempt.addressServiceId ?? ''),
    patientHasVisitAt: (attempt) => attempt.patient?.email !== undefined && this.patientVisits.has(FakeClinic.visitKey(attempt.patient.email, attempt.start)),
    bookingExists: (bookingId) => this.bookings.has(bookingId),
  }

  /** The key of a patient's visit in {@link FakeClinic.patientVisits}. */
  static visitKey(email: string, start: string): string {
    return `${email} ${start}`
  }

  /** Back to the default: everything free, nothing booked. */
  reset(): void {
    for (const set of [this.takenSlots, this.servicesNotOffered, this.patientVisits, this.bookings]) set.clear()
  }
}
