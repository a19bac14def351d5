import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Verifier } from '@pact-foundation/pact'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBookingWebhookServer } from '../../consumers/docplanner/booking-webhook/booking-webhook-server.ts'
import { bookingWebhookVerifierOptions } from './booking-webhook-verification.ts'
import { FakeClinic } from './fake-clinic.ts'

const clinic = new FakeClinic()
/** Our real handler, and one that lets every booking through (the verification must reject it). */
const servers: Record<'ours' | 'lenient', Server> = {
  ours: createBookingWebhookServer({ availability: clinic.availability }),
  lenient: createBookingWebhookServer({ availability: { isSlotFree: () => true } }),
}
const urls: Record<string, string> = {}

beforeAll(async () => {
  for (const [name, server] of Object.entries(servers)) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
})
afterAll(() => Promise.all(Object.values(servers).map((server) => new Promise<void>((resolve) => server.close(() => resolve())))))

describe('our booking webhook, verified against the contract Docplanner holds with it', () => {
  it('answers every interaction Docplanner expects', async () => {
    await expect(new Verifier(bookingWebhookVerifierOptions(urls.ours!, clinic)).verifyProvider()).resolves.toBeDefined()
  })

  it('fails verification for a webhook that never blocks a booking', async () => {
    await expect(new Verifier(bookingWebhookVerifierOptions(urls.lenient!, clinic)).verifyProvider()).rejects.toBeInstanceOf(Error)
  })
})
