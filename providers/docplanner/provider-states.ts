import { expiredTokenState, vendorFailureState, shownByTheRequestItself } from '../verification/common-states.ts'
import { StateUnavailable, type StateContext, type StateHandler } from '../verification/verification-profile.ts'
import { docplannerAuth } from './docplanner-auth.ts'

const API = '/api/v3/integration'
const auth = (context: StateContext) => docplannerAuth(context.values, context.api, context.redactor)
const bearer = async (context: StateContext) => ({ authorization: context.authHeader(await context.credentials.accessToken()) })
const text = (value: unknown) => String(value)

/** The facility, doctor and address an interaction's path names (a slot or booking path). */
function placeIn(path: string): { facility: string; doctor: string; address: string } {
  const match = /\/facilities\/([^/]+)\/doctors\/([^/]+)\/addresses\/([^/]+)\//.exec(path)
  if (!match) throw new Error(`the interaction's path ${path} names no facility, doctor and address`)
  return { facility: match[1]!, doctor: match[2]!, address: match[3]! }
}

/**
 * The date-time `minutes` after `start`, written with the same UTC offset and no milliseconds, as
 * the API reference asks dates to be written (`2024-12-03T09:30:00+01:00`).
 */
function laterSameOffset(start: string, minutes: number): string {
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(start)?.[1] ?? 'Z'
  const offsetMinutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)))
  const local = new Date(Date.parse(start) + (minutes + offsetMinutes) * 60_000).toISOString().slice(0, 19)
  return `${local}${offset === 'Z' ? '+00:00' : offset}`
}

async function items(context: StateContext, path: string): Promise<Record<string, unknown>[]> {
  const answer = await context.api.request({ method: 'GET', path: `${API}${path}`, headers: await bearer(context) })
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`)
  const body = answer.json() as { _items?: unknown } | undefined
  return Array.isArray(body?._items) ? (body._items as Record<string, unknown>[]) : []
}

/**
 * Docplanner's provider states, keyed by the sentences its contracts use, each reached through the
 * Integrations API (or, for Docplanner-side failures and the used-up quota, the reference sandbox only).
 *
 * @example
 * await docplannerStates['the slot at {start} is already booked']!.setup({ start: '2024-12-03T09:00:00+01:00' }, context)
 */
export const docplannerStates: Record<string, StateHandler> = {
  'the Docplanner API answers {status}': vendorFailureState((params) => Number(params.status), `${API}/`),

  'no booking exists with id {bookingId}': shownByTheRequestItself(),

  'facility {facilityId} has doctor {doctorId} at address {addressId}': {
    async setup(params, context) {
      const addresses = await items(context, `/facilities/${text(params.facilityId)}/doctors/${text(params.doctorId)}/addresses`).catch(() => [])
      if (!addresses.some((address) => text(address.id) === text(params.addressId))) {
        throw new StateUnavailable(
          `the test clinic has no address ${text(params.addressId)} of doctor ${text(params.doctorId)} in facility ${text(params.facilityId)}`,
        )
      }
    },
  },

  'the client has no access to facility {facilityId}': {
    async setup(params, context) {
      // Ours are listed; one that is not listed is either not ours or does not exist (the request tells).
      const facilities = await items(context, '/facilities')
      if (facilities.some((facility) => text(facility.id) === text(params.facilityId)))
        throw new StateUnavailable(`facility ${text(params.facilityId)} is assigned to our client`)
    },
  },

  'the slot at {start} is already booked': {
    async setup(params, context) {
      const start = text(params.start)
      const place = placeIn(context.scope.interaction.request.path)
      const base = `${API}/facilities/${place.facility}/doctors/${place.doctor}/addresses/${place.address}`
      const [service] = await items(context, `/facilities/${place.facility}/doctors/${place.doctor}/addresses/${place.address}/services`)
      if (!service) throw new StateUnavailable(`address ${place.address} offers no service to book`)
      const published = await context.api.request({
        method: 'PUT',
        path: `${base}/slots`,
        headers: await bearer(context),
        json: { slots: [{ start, end: laterSameOffset(start, 30), address_services: [{ address_service_id: text(service.id), duration: 30 }] }] },
      })
      // The API reference answers 201 with no body; 200 and 204 are tolerated.
      if (![201, 200, 204].includes(published.status)) throw new Error(`publishing the slot answered ${published.status}`)
      const patient = { name: 'Provider', surname: 'State', email: 'provider.state@example.com', phone: '500000001', birth_date: '1980-01-01' }
      const booked = await context.api.request({
        method: 'POST',
        path: `${base}/slots/${encodeURIComponent(start)}/book`,
        headers: await bearer(context),
        json: { address_service_id: text(service.id), duration: 30, is_returning: false, patient },
        expect: [404, 409],
      })
      const id = (booked.json() as { id?: unknown } | undefined)?.id
      // The API reference answers 200 with the booking (201 is tolerated). A slot someone booked
      // first is its 404 "requested target slot not found" (the error page's 409 is tolerated too).
      if ((booked.status === 200 || booked.status === 201) && id !== undefined) {
        context.scope.cleanups.push(
          async () =>
            void (await context.api.request({ method: 'DELETE', path: `${base}/bookings/${encodeURIComponent(text(id))}`, headers: await bearer(context) })),
        )
      } else if (booked.status !== 404 && booked.status !== 409) {
        throw new Error(`booking the slot answered ${booked.status}`)
      }
    },
  },

  'the hourly request quota is used up': {
    async setup(_params, context) {
      const clientId = context.values('quotaClientId')
      const clientSecret = context.values('quotaClientSecret')
      if (!context.reference || !clientId || !clientSecret) {
        throw new StateUnavailable(
          'using up the hourly quota would stop the client for an hour; only the reference sandbox has a client with a small quota for it',
        )
      }
      const { token } = await auth(context).requestToken(clientId, clientSecret)
      for (let n = 0; n < 20; n++) {
        const answer = await context.api.request({
          method: 'GET',
          path: `${API}/facilities`,
          headers: { authorization: context.authHeader(token) },
          expect: [429],
        })
        if (answer.status === 429) {
          context.scope.tokenOverride = token
          return
        }
      }
      throw new Error('20 requests did not use up the quota')
    },
  },

  'the access token has expired': expiredTokenState({
    envName: 'DOCPLANNER_EXPIRED_TOKEN',
    shortLived: (context) => auth(context).requestToken(context.values('shortLivedClientId'), context.values('shortLivedClientSecret')),
    fresh: (context) => auth(context).requestToken(),
  }),
}
