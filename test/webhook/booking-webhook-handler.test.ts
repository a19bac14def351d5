import { mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readBookingAttempt } from '../../consumers/docplanner/booking-webhook/booking-attempt.ts'
import { createBookingWebhookHandler } from '../../consumers/docplanner/booking-webhook/booking-webhook-handler.ts'
import { BOOKING_WEBHOOK_PATH, createBookingWebhookServer } from '../../consumers/docplanner/booking-webhook/booking-webhook-server.ts'
import { ErrorCodeDictionary, loadErrorCodeDictionary } from '../../consumers/docplanner/booking-webhook/error-code-dictionary.ts'
import { bookingMovingNotification, EXAMPLE, slotBookingNotification } from '../contract/support/booking-webhook-scenarios.ts'
import { FakeClinic } from './fake-clinic.ts'

const dictionary = loadErrorCodeDictionary()
const codeOf = (reason: string) => dictionary.byReason(reason)!.code
const clinic = new FakeClinic()
const failures: unknown[] = []
let failing = false
const server: Server = createBookingWebhookServer({
  availability: {
    ...clinic.availability,
    isSlotFree: (attempt) => {
      if (failing) throw new Error('calendar unreachable')
      return clinic.availability.isSlotFree(attempt)
    },
  },
  maxBodyBytes: 4096,
  onError: (error) => failures.push(error),
})
let url: string

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BOOKING_WEBHOOK_PATH}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  clinic.reset()
  failures.length = 0
  failing = false
})

async function post(body: string, target = url) {
  const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
  const text = await response.text()
  return { status: response.status, contentType: response.headers.get('content-type'), body: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

describe('the booking webhook', () => {
  it('answers 204 with no body for a free slot', async () => {
    expect(await post(JSON.stringify(slotBookingNotification()))).toEqual({ status: 204, contentType: null, body: undefined })
  })

  it('blocks a taken slot with its code as application/json', async () => {
    clinic.takenSlots.add(EXAMPLE.start)
    expect(await post(JSON.stringify(slotBookingNotification()))).toEqual({
      status: 409,
      contentType: 'application/json',
      body: { error_code: codeOf('slot-no-longer-available') },
    })
  })

  it('reports a missing booking before a taken slot when a booking is moved', async () => {
    clinic.takenSlots.add(EXAMPLE.start)
    expect((await post(JSON.stringify(bookingMovingNotification('404404')))).body).toEqual({ error_code: codeOf('booking-not-found') })
  })

  it.each([
    ['invalid JSON', '{"name": "slot-booking", "data": '],
    ['an unknown notification', JSON.stringify({ ...slotBookingNotification(), name: 'slot-booked' })],
    [
      'a booking-moving without the booking it moves',
      JSON.stringify({ name: 'booking-moving', data: { ...(slotBookingNotification().data as object), creating_booking: { start_at: EXAMPLE.start } } }),
    ],
    ['a body over the size limit', JSON.stringify({ ...slotBookingNotification(), padding: 'x'.repeat(5000) })],
  ])('answers request-not-understood for %s', async (_name, body) => {
    expect(await post(body)).toEqual({ status: 400, contentType: 'application/json', body: { error_code: codeOf('request-not-understood') } })
  })

  it('answers 503 with no code when our booking system fails, and reports the failure', async () => {
    failing = true
    expect(await post(JSON.stringify(slotBookingNotification()))).toEqual({ status: 503, contentType: null, body: undefined })
    expect(failures).toHaveLength(1)
  })

  it('answers 405 to anything but POST and 404 off its path', async () => {
    expect((await fetch(url)).status).toBe(405)
    expect((await post('{}', url.replace(BOOKING_WEBHOOK_PATH, '/elsewhere'))).status).toBe(404)
  })

  it('refuses to start with a dictionary that lacks a reason it can answer', () => {
    const partial = new ErrorCodeDictionary(dictionary.codes.filter((entry) => entry.reason !== 'service-not-offered'))
    expect(() => createBookingWebhookHandler({ availability: clinic.availability, dictionary: partial })).toThrow(/service-not-offered/)
  })
})

describe('the error-code dictionary', () => {
  it('gives every code a 4xx status and a patient-facing message', () => {
    for (const entry of dictionary.codes) {
      expect(entry.status).toBeGreaterThanOrEqual(400)
      expect(entry.status).toBeLessThan(500)
      expect(entry.message.length).toBeGreaterThan(0)
    }
  })

  it('names the file and field of a malformed entry', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'webhook-dictionary-')), 'error-codes.json')
    writeFileSync(
      file,
      JSON.stringify({ owner: 'us, for this test', locale: 'en', codes: [{ code: 1, reason: 'slot-taken', status: 500, message: 'Taken, sorry.' }] }),
    )
    expect(() => loadErrorCodeDictionary(file)).toThrow(/error-codes\.json: codes\.0\.status/)
  })

  it('rejects a code used twice', () => {
    const entry = { code: 1, reason: 'slot-taken', status: 409, message: 'Taken, sorry.' }
    expect(() => new ErrorCodeDictionary([entry, { ...entry, reason: 'other' }])).toThrow(/code 1/)
  })
})

describe('readBookingAttempt', () => {
  it('reads numeric ids as strings', () => {
    const notification = slotBookingNotification() as { data: Record<string, unknown> }
    notification.data.doctor = { id: 67890 }
    expect(readBookingAttempt(notification)).toMatchObject({
      notification: 'slot-booking',
      doctorId: '67890',
      start: EXAMPLE.start,
      addressServiceId: EXAMPLE.addressServiceId,
    })
  })

  it('reads the booking being moved from canceling_booking', () => {
    expect(readBookingAttempt(bookingMovingNotification('777'))).toMatchObject({ notification: 'booking-moving', movingBookingId: '777', start: EXAMPLE.start })
  })
})
