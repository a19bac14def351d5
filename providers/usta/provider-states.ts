import { randomBytes } from 'node:crypto'
import { expiredTokenState, shownByTheRequestItself, vendorFailureState } from '../verification/common-states.ts'
import { StateUnavailable, type StateContext, type StateHandler } from '../verification/verification-profile.ts'
import { ustaAuth } from './usta-auth.ts'

const API = '/v1'
const auth = (context: StateContext) => ustaAuth(context.values, context.api, context.redactor)
const bearer = async (context: StateContext) => ({ authorization: context.authHeader(await context.credentials.accessToken()) })
const text = (value: unknown) => String(value)

/** The JSON body the interaction sends, for states that act on the same organization. */
function interactionBody(context: StateContext): Record<string, unknown> {
  const request = context.scope.interaction.raw.request as { body?: { content?: unknown } } | undefined
  const content = request?.body?.content
  return typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : {}
}

/**
 * Creates a facility with the older `POST /v1/facilities` (name and organization: our guess) on the
 * reference sandbox only, and answers its status. USTA documents facility creation as the Facility
 * API's create-or-update, which answers a facility at the same address instead of refusing it, and
 * no USTA page documents a way to delete a facility again: against USTA these states cannot be
 * reached, and their entries are pending.
 */
async function createFacilityOnReference(context: StateContext, name: string, organizationUaid: string): Promise<number> {
  if (!context.reference)
    throw new StateUnavailable(
      'USTA documents no create that refuses a facility (the Facility API returns the one at the same address) and no way to delete one again; only the reference sandbox keeps the older create',
    )
  const answer = await context.api.request({
    method: 'POST',
    path: `${API}/facilities`,
    json: { name, organizationUaid },
    headers: await bearer(context),
    expect: [400, 409],
  })
  return answer.status
}

/** A coach holding a USPTA or PTR number: no USTA operation our client may call saves one for another coach. */
function numberHeldByAnother(field: 'usptaNumber' | 'ptrNumber'): StateHandler {
  return {
    async setup() {
      throw new StateUnavailable(
        `no USTA operation lets our client give another coach a ${field === 'usptaNumber' ? 'USPTA' : 'PTR'} number: the only documented provider write is the coach's own PATCH /v1/customers/me/providers (bound API, the coach's login)`,
      )
    },
  }
}

/**
 * USTA's provider states, keyed by the sentences its contracts use. Failures of USTA's own systems
 * (authentication, backend token, saving, mail, internal) can only be produced by the reference
 * sandbox; the rest are reached through the API, with documented calls only. States of pending
 * entries that rest on calls USTA does not document are unavailable outside the reference sandbox.
 *
 * @example
 * await ustaStates['a facility named {name} already exists']!.setup({ name: 'Riverside Tennis Center' }, context)
 */
export const ustaStates: Record<string, StateHandler> = {
  'no customer exists with UAID {uaid}': shownByTheRequestItself(),
  'no organization exists with UAID {uaid}': shownByTheRequestItself(),
  // What the account lets our client see is set up by USTA; the request shows it.
  'the API client is not allowed to access customer {uaid}': shownByTheRequestItself(),
  'the API client is not allowed to access organization {uaid}': shownByTheRequestItself(),

  'a customer exists with UAID {uaid}': {
    async setup(params, context) {
      const answer = await context.api.request({
        method: 'GET',
        path: `${API}/customer/${encodeURIComponent(text(params.uaid))}`,
        headers: await bearer(context),
        expect: [403, 404],
      })
      // A 403 says the customer exists but is not ours to read; only a 404 says it is missing.
      if (answer.status === 404) throw new StateUnavailable(`the test account has no customer ${text(params.uaid)}`)
      if (answer.status !== 200 && answer.status !== 403) throw new Error(`reading customer ${text(params.uaid)} answered ${answer.status}`)
    },
  },

  'a facility named {name} already exists': {
    async setup(params, context) {
      const organization = text(interactionBody(context).organizationUaid ?? '')
      const status = await createFacilityOnReference(context, text(params.name), organization)
      if (status !== 200 && status !== 409) throw new Error(`creating facility ${text(params.name)} answered ${status}`)
    },
  },

  'organization {uaid} has no remaining amount': {
    async setup(params, context) {
      const tag = randomBytes(3).toString('hex')
      for (let n = 0; n < 20; n++) {
        const status = await createFacilityOnReference(context, `Remaining amount probe ${tag} ${n}`, text(params.uaid))
        if (status === 400) return
        if (status !== 200) throw new Error(`creating a facility to use up the remaining amount answered ${status}`)
      }
      throw new Error('20 facilities did not use up the remaining amount')
    },
  },

  'a provider with USPTA number {usptaNumber} already exists': numberHeldByAnother('usptaNumber'),
  'a provider with PTR number {ptrNumber} already exists': numberHeldByAnother('ptrNumber'),

  'the authentication token has expired': expiredTokenState({
    envName: 'USTA_EXPIRED_TOKEN',
    shortLived: (context) => auth(context).requestToken(context.values('shortLivedClientId'), context.values('shortLivedClientSecret')),
    fresh: (context) => auth(context).requestToken(),
  }),

  'authentication fails at USTA for an unknown reason': vendorFailureState(() => 401, `${API}/`, 4004),
  'the USTA token for backend system calls is invalid': vendorFailureState(() => 401, `${API}/`, 4005),
  'saving a facility fails in the USTA backend': vendorFailureState(() => 500, `${API}/usta-connect/facilities`, 2006),
  'USTA cannot trigger emails': vendorFailureState(() => 500, `${API}/customer/`, 9003),
  'the USTA API is failing internally': vendorFailureState(() => 500, `${API}/`),
  'the USTA API fails with an unexpected system error': vendorFailureState(() => 500, `${API}/`, 9001),
}
