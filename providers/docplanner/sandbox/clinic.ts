import { randomBytes } from 'node:crypto'

/** A booking of a slot. */
export interface Booking {
  id: string
  facilityId: string
  doctorId: string
  addressId: string
  start: string
  end: string
  duration: number
  serviceId: string
  /** When it was booked, ISO 8601 with an offset. */
  bookedAt: string
  patient: Record<string, unknown>
}

/** A doctor's working place in a facility, with the services it books and its published slots. */
interface Address {
  id: string
  services: { id: string; name: string; duration: number }[]
  /** Published slots, by instant (epoch ms) of their start. */
  slots: Map<number, { start: string; end: string; serviceIds: string[] }>
}

/**
 * The sandbox's data: the test clinic a Docplanner sandbox account gets (vendor README: "a test
 * clinic and doctor"), assigned to the demo clients, plus a facility that exists but is assigned to
 * no client (assumption: ids are those of our test account's fixtures).
 *
 * @example
 * const clinic = docplannerClinic()
 * clinic.facilities.get('12345')?.assigned // true
 */
export function docplannerClinic() {
  const address = (id: string): Address => ({ id, services: [{ id: '55555', name: 'Consultation', duration: 30 }], slots: new Map() })
  const facilities = new Map([
    [
      '12345',
      {
        id: '12345',
        name: 'Reference Test Clinic',
        assigned: true,
        doctors: new Map([['67890', { id: '67890', name: 'Dr. Reference', addresses: new Map([['24680', address('24680')]]) }]]),
      },
    ],
    [
      '54321',
      {
        id: '54321',
        name: 'Another Clinic',
        assigned: false,
        doctors: new Map([['67890', { id: '67890', name: 'Dr. Elsewhere', addresses: new Map([['24680', address('24680')]]) }]]),
      },
    ],
  ])
  const bookings = new Map<string, Booking>()
  return {
    facilities,
    bookings,
    book(fields: Omit<Booking, 'id'>): Booking {
      const booking = { ...fields, id: String(10_000_000 + randomBytes(3).readUIntBE(0, 3)) }
      bookings.set(booking.id, booking)
      return booking
    },
  }
}

/** The sandbox's data, as {@link docplannerClinic} returns it. */
export type DocplannerClinic = ReturnType<typeof docplannerClinic>
