import { join } from 'node:path'
import type { VerifierOptions } from '@pact-foundation/pact'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { FakeClinic } from './fake-clinic.ts'

/** The contract Docplanner (consumer) holds with our booking webhook (provider). */
export const BOOKING_WEBHOOK_PACT = join(PROJECT_ROOT, 'contracts', 'docplanner-booking-webhook.json')

type Params = Record<string, string>

/**
 * The provider states of the booking-webhook contract, each setting up the fake clinic.
 *
 * @example
 * new Verifier({ ...bookingWebhookVerifierOptions(baseUrl, clinic) }).verifyProvider()
 */
export function bookingWebhookStateHandlers(clinic: FakeClinic): NonNullable<VerifierOptions['stateHandlers']> {
  const state = (setup: (params: Params) => void) => async (params?: unknown) => {
    setup((params ?? {}) as Params)
    return undefined
  }
  return {
    'the slot at {start} is no longer available': state(({ start }) => clinic.takenSlots.add(start!)),
    'address service {addressServiceId} is not offered': state(({ addressServiceId }) => clinic.servicesNotOffered.add(addressServiceId!)),
    'the patient with email {email} already has a visit at {start}': state(({ email, start }) => clinic.patientVisits.add(FakeClinic.visitKey(email!, start!))),
    'no booking exists with id {bookingId}': state(({ bookingId }) => clinic.bookings.delete(bookingId!)),
    'the slot at {start} is free': state(({ start }) => clinic.takenSlots.delete(start!)),
    'booking {bookingId} exists and the slot at {start} is free': state(({ bookingId, start }) => {
      clinic.bookings.add(bookingId!)
      clinic.takenSlots.delete(start!)
    }),
  }
}

/**
 * Everything the Verifier needs to check our booking webhook at `baseUrl` against Docplanner's
 * contract: the pact file, the state handlers, and a fresh clinic before each interaction.
 *
 * @example
 * await new Verifier(bookingWebhookVerifierOptions('http://127.0.0.1:4321', clinic)).verifyProvider()
 */
export function bookingWebhookVerifierOptions(baseUrl: string, clinic: FakeClinic): VerifierOptions {
  return {
    provider: 'booking-webhook',
    providerBaseUrl: baseUrl,
    pactUrls: [BOOKING_WEBHOOK_PACT],
    stateHandlers: bookingWebhookStateHandlers(clinic),
    beforeEach: async () => clinic.reset(),
    logLevel: 'error',
  }
}
