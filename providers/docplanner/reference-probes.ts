import type { ProbeAnswer, ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

const API = '/api/v3/integration'
/** The reference sandbox's test clinic: facility, doctor, address and its one service. */
const ADDRESS = `${API}/facilities/12345/doctors/67890/addresses/24680`
const SERVICE = '55555'
/** A slot tomorrow, written as the reference asks dates to be (`+hh:mm`, no milliseconds). */
const DAY = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
const START = `${DAY}T09:00:00+00:00`
const END = `${DAY}T09:30:00+00:00`

const bookingId = (earlier: ProbeAnswer[]) => String((earlier.at(-1)?.json as { id?: unknown } | undefined)?.id)

/**
 * Docplanner's requests as its Integrations API reference (OpenAPI 1.14.0) and guide write them:
 * the token request of the guide's curl sample (`curl -u client_id:client_secret` with
 * `grant_type=client_credentials&scope=integration` as a form), then every operation our client,
 * catalog and provider states use: list facilities, addresses and services, publish a slot
 * (`PUT .../slots`, 201), book it with a patient that has no surname (`POST .../book`, 200), read
 * the booking, and cancel it (204).
 *
 * @example
 * const headers = await referenceProbes.authorize(send, sandbox.url)
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const described = (await (await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))).json()) as { credentials: { clientId: string; clientSecret: string } }
    const { clientId, clientSecret } = described.credentials
    const answer = await send({
      method: 'POST',
      path: '/oauth/v2/token',
      headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      form: { grant_type: 'client_credentials', scope: 'integration' },
    })
    const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
    if (typeof token !== 'string') throw new Error(`Docplanner's token endpoint answered ${answer.status}: ${answer.text.slice(0, 200)}`)
    return { Authorization: `Bearer ${token}`, Accept: 'application/vnd.docplanner+json; charset=UTF-8, application/vnd.error+docplanner+json' }
  },
  valid: [
    { operation: 'getFacilities', request: { method: 'GET', path: `${API}/facilities` } },
    { operation: 'getAddresses', request: { method: 'GET', path: `${API}/facilities/12345/doctors/67890/addresses` } },
    { operation: 'getAddressServices', request: { method: 'GET', path: `${ADDRESS}/services`, query: { start: START } } },
    {
      operation: 'replaceSlots',
      request: {
        method: 'PUT',
        path: `${ADDRESS}/slots`,
        body: { slots: [{ start: START, end: END, address_services: [{ address_service_id: SERVICE, duration: 30 }] }] },
      },
    },
    {
      operation: 'bookSlot',
      request: {
        method: 'POST',
        path: `${ADDRESS}/slots/${encodeURIComponent(START)}/book`,
        body: { address_service_id: SERVICE, duration: 30, patient: { name: 'Ada', phone: '+48500000000' } },
      },
    },
    { operation: 'getBooking', request: (earlier) => ({ method: 'GET', path: `${ADDRESS}/bookings/${bookingId(earlier)}` }) },
    {
      operation: 'cancelBooking',
      request: (earlier) => ({ method: 'DELETE', path: `${ADDRESS}/bookings/${bookingId(earlier)}`, body: { reason: 'probe' } }),
    },
  ],
}
