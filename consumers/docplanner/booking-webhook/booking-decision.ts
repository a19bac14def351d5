import type { BookingAttempt } from './booking-attempt.ts'

/**
 * What our booking system knows, asked by the booking webhook. Only `isSlotFree` is required;
 * a question left out is not checked.
 *
 * @example
 * const availability: Availability = { isSlotFree: (attempt) => calendar.isFree(attempt.doctorId, attempt.start) }
 */
export interface Availability {
  /** Whether the doctor's slot at `attempt.start` (at that address) is still free. */
  isSlotFree(attempt: BookingAttempt): boolean | Promise<boolean>
  /** Whether the doctor offers the visit type (`attempt.addressServiceId`) at that address. */
  offersService?(attempt: BookingAttempt): boolean | Promise<boolean>
  /** Whether the patient already has a visit at `attempt.start`. */
  patientHasVisitAt?(attempt: BookingAttempt): boolean | Promise<boolean>
  /** `booking-moving`: whether the booking being moved exists. */
  bookingExists?(bookingId: string, attempt: BookingAttempt): boolean | Promise<boolean>
}

/** One reason to block, and the question that finds it. */
interface BlockingRule {
  reason: string
  blocks(attempt: BookingAttempt, availability: Availability): Promise<boolean>
}

/**
 * Reasons to block a booking, in the order they are checked: the first that applies wins, so
 * the patient hears about the most fundamental problem (a missing booking before a taken slot).
 * Each reason must be in our error-code dictionary.
 */
export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    reason: 'booking-not-found',
    blocks: async (attempt, availability) =>
      attempt.notification === 'booking-moving' &&
      availability.bookingExists !== undefined &&
      !(await availability.bookingExists(attempt.movingBookingId!, attempt)),
  },
  {
    reason: 'service-not-offered',
    blocks: async (attempt, availability) =>
      attempt.addressServiceId !== undefined && availability.offersService !== undefined && !(await availability.offersService(attempt)),
  },
  { reason: 'patient-already-booked', blocks: async (attempt, availability) => (await availability.patientHasVisitAt?.(attempt)) === true },
  { reason: 'slot-no-longer-available', blocks: async (attempt, availability) => !(await availability.isSlotFree(attempt)) },
]

/**
 * Decides a booking attempt: null lets it through, else the reason id of the first
 * {@link BLOCKING_RULES} entry that applies.
 *
 * @example
 * await decideBooking(attempt, { isSlotFree: () => false }) // 'slot-no-longer-available'
 */
export async function decideBooking(attempt: BookingAttempt, availability: Availability): Promise<string | null> {
  for (const rule of BLOCKING_RULES) if (await rule.blocks(attempt, availability)) return rule.reason
  return null
}
