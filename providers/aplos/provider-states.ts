import { expiredTokenState, vendorFailureState, shownByTheRequestItself } from '../verification/common-states.ts'
import { StateUnavailable, type StateContext, type StateHandler } from '../verification/verification-profile.ts'
import { aplosAuth } from './aplos-auth.ts'

const API = '/hermes/api/v1'
const auth = (context: StateContext) => aplosAuth(context.values, context.api, context.redactor)
const text = (value: unknown) => String(value)

async function accounts(context: StateContext): Promise<{ account_number?: unknown; type?: unknown }[]> {
  const answer = await context.api.request({
    method: 'GET',
    path: `${API}/accounts`,
    headers: { authorization: context.authHeader(await context.credentials.accessToken()) },
  })
  if (answer.status !== 200) throw new Error(`GET /accounts answered ${answer.status}`)
  const list = (answer.json() as { data?: { accounts?: unknown } } | undefined)?.data?.accounts
  return Array.isArray(list) ? list : []
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
  // The clientId in these sentences stands for our client; the request shows what the account grants it.
  'the client {clientId} is not authorized for partner data': shownByTheRequestItself(),
  'the client {clientId} has no access to individual contributions': shownByTheRequestItself(),
  'the client {clientId} is not authorized for funds': shownByTheRequestItself(),

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

  'account {accountNumber} is of type {accountType}': {
    async setup(params, context) {
      const account = (await accounts(context)).find((candidate) => text(candidate.account_number) === text(params.accountNumber))
      if (!account) throw new StateUnavailable(`the account has no account ${text(params.accountNumber)}`)
      if (text(account.type).toLowerCase() !== text(params.accountType).toLowerCase())
        throw new StateUnavailable(`account ${text(params.accountNumber)} is of type ${text(account.type)}`)
    },
  },

  'accounts {bankAccount} and {incomeAccount} and fund {fundId} exist': {
    async setup(params, context) {
      const numbers = new Set((await accounts(context)).map((account) => text(account.account_number)))
      for (const key of ['bankAccount', 'incomeAccount']) {
        if (!numbers.has(text(params[key]))) throw new StateUnavailable(`the account has no account ${text(params[key])}`)
      }
      // The fund cannot be looked up: the contracts' client is not authorized for /funds.
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
