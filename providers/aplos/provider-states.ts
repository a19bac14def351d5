import { expiredTokenState, shownByTheRequestItself, vendorFailureState } from '../verification/common-states.ts'
import { StateUnavailable, type StateContext, type StateHandler } from '../verification/verification-profile.ts'
import { aplosAuth } from './aplos-auth.ts'

const API = '/hermes/api/v1'
const auth = (context: StateContext) => aplosAuth(context.values, context.api, context.redactor)
const text = (value: unknown) => String(value)

/** The first page of a list call, read with the main client's own token (the reference: plain reads, `data.<resource>[]`). */
async function list(context: StateContext, resource: 'accounts' | 'funds'): Promise<Record<string, unknown>[]> {
  const answer = await context.api.request({
    method: 'GET',
    path: `${API}/${resource}`,
    headers: { authorization: context.authHeader(await context.credentials.accessToken()) },
  })
  if (answer.status !== 200) throw new Error(`GET /${resource} answered ${answer.status}`)
  const items = (answer.json() as { data?: Record<string, unknown> } | undefined)?.data?.[resource]
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : []
}

/** Aplos documents no grant that withholds a resource from an account's own client; only the reference sandbox has one. */
const NO_PER_RESOURCE_GRANT =
  "Aplos documents no per-resource grant for an account's own API client (GET /funds and /individual_contributions are plain reads with its token)"

/**
 * A resource withheld from the client: on the reference sandbox, a token of its restricted demo
 * client (its switch for the catalog's pending 3000 entries); unavailable anywhere else.
 */
const withheld: StateHandler = {
  async setup(_params, context) {
    const clientId = context.values('restrictedClientId')
    if (!context.reference || !clientId) throw new StateUnavailable(NO_PER_RESOURCE_GRANT)
    context.scope.tokenOverride = (await auth(context).requestToken(clientId)).token
  },
}

/**
 * A state that lives in the account's setup, which Aplos changes only in its web app: the reference
 * sandbox's test account holds it; a real account is checked by the interaction itself when the
 * contract's values can exist there, and is unavailable when they cannot.
 */
const accountSetup = (unavailableOnRealAccounts?: string): StateHandler => ({
  async setup(_params, context) {
    if (!context.reference && unavailableOnRealAccounts) throw new StateUnavailable(unavailableOnRealAccounts)
  },
})

/**
 * Aplos's provider states, keyed by the sentences its contracts use. Aplos grants data access,
 * disables clients and closes periods in its web app, not its API, so most states are facts of the
 * test account; the rest are reached through the auth call and the API.
 *
 * @example
 * await aplosStates['the access token has been revoked']!.setup({}, context)
 */
export const aplosStates: Record<string, StateHandler> = {
  'no client exists with id {clientId}': shownByTheRequestItself(),
  'no transaction exists with id {id}': shownByTheRequestItself(),
  // The clientId in these sentences stands for our client.
  'the client {clientId} has no access to individual contributions': withheld,
  'the client {clientId} is not authorized for funds': withheld,

  // GET /partners/verify is a partner's call (Aplos's partners page): on a real target it needs a partner's API
  // client, whose token replaces the main one; the request's account id, one that never authorized it, shows the rest.
  'the account {accountId} has not authorized the client': {
    async setup(_params, context) {
      if (context.reference) return
      const clientId = context.values('partnerClientId')
      const privateKey = context.values('partnerPrivateKey')
      if (!clientId || !privateKey)
        throw new StateUnavailable('GET /partners/verify is a partner call: set APLOS_PARTNER_CLIENT_ID and APLOS_PARTNER_PRIVATE_KEY (a partner API client)')
      context.scope.tokenOverride = (await auth(context).requestToken(clientId, privateKey)).token
    },
  },

  'the client {clientId} is disabled': accountSetup(
    'the contract names a client id that only the reference test account holds, and Aplos disables clients in its web app',
  ),

  'the period ending {date} is closed': {
    async setup(params, context) {
      if (context.reference) return
      const closedThrough = context.values('closedThrough')
      if (!closedThrough || closedThrough < text(params.date)) {
        throw new StateUnavailable(
          `Aplos closes periods in its web app: close the test account's books through ${text(params.date)} and set APLOS_CLOSED_THROUGH`,
        )
      }
    },
  },

  // Aplos carries an account's asset/liability/equity/income/expense classification in `category` (`type` holds e.g. 'Register').
  'account {accountNumber} has category {category}': {
    async setup(params, context) {
      const account = (await list(context, 'accounts')).find((candidate) => text(candidate.account_number) === text(params.accountNumber))
      if (!account) throw new StateUnavailable(`the account has no account ${text(params.accountNumber)}`)
      if (text(account.category).toLowerCase() !== text(params.category).toLowerCase())
        throw new StateUnavailable(`account ${text(params.accountNumber)} has category ${text(account.category)}`)
    },
  },

  'accounts {bankAccount} and {incomeAccount} and fund {fundId} exist': {
    async setup(params, context) {
      const numbers = new Set((await list(context, 'accounts')).map((account) => text(account.account_number)))
      for (const key of ['bankAccount', 'incomeAccount']) {
        if (!numbers.has(text(params[key]))) throw new StateUnavailable(`the account has no account ${text(params[key])}`)
      }
      const funds = new Set((await list(context, 'funds')).map((fund) => text(fund.id)))
      if (!funds.has(text(params.fundId))) throw new StateUnavailable(`the account has no fund ${text(params.fundId)}`)
    },
  },

  'the access token has expired': expiredTokenState({
    envName: 'APLOS_EXPIRED_TOKEN',
    shortLived: (context) => auth(context).requestToken(context.values('shortLivedClientId')),
    fresh: (context) => auth(context).requestToken(),
  }),

  'the access token has been revoked': {
    async setup(_params, context) {
      const clientId = context.values('revocationClientId')
      if (!context.reference || !clientId) throw new StateUnavailable('Aplos documents no way to revoke a token through its API')
      // In the reference sandbox a new token revokes the client's previous one (its assumption).
      const first = await auth(context).requestToken(clientId)
      await auth(context).requestToken(clientId)
      context.scope.tokenOverride = first.token
    },
  },

  'a system the Aplos API depends on is offline': vendorFailureState(() => 500, `${API}/`),
  'the Aplos API fails with a general service error': vendorFailureState(() => 500, `${API}/`),
}
