import { expiredTokenState, vendorFailureState, shownByTheRequestItself } from '../verification/common-states.ts'
import type { StateContext, StateHandler } from '../verification/verification-profile.ts'
import { plansourceAuth } from './plansource-auth.ts'

const auth = (context: StateContext) => plansourceAuth(context.values, context.api, context.redactor)

/**
 * PlanSource's provider states, keyed by the sentences its contracts use, each reached through
 * PlanSource's public API (or, for a vendor failure, only on the reference sandbox).
 *
 * @example
 * await plansourceStates['the client assertion has expired']!.setup({}, context)
 */
export const plansourceStates: Record<string, StateHandler> = {
  // The interaction's own request is the public way to see that the id or code is unknown:
  // GET /eoi/subscriber/{subscriber_id} and GET /coverage/{coverage_id}/lines answer 404 for an
  // unknown id, POST /administrator 400 for an unknown organization code.
  'no employee exists with id {id}': shownByTheRequestItself(),
  'no organization exists with code {code}': shownByTheRequestItself(),
  'no coverage exists with id {coverageId}': shownByTheRequestItself(),

  'the PlanSource API is failing internally': vendorFailureState(() => 500, '/admin/'),

  'the access token has expired': expiredTokenState({
    envName: 'PLANSOURCE_EXPIRED_TOKEN',
    shortLived: (context) => auth(context).requestToken(context.values('shortLivedClientId')),
    fresh: (context) => auth(context).requestToken(),
  }),

  'the client assertion has expired': {
    async setup(_params, context) {
      // An assertion signed an hour ago has expired (its lifetime is a minute); the token request
      // of the interaction carries it instead of a fresh one.
      context.scope.tokenRequestForm = auth(context).tokenRequestForm({ signedAt: context.now() - 3_600_000 })
    },
  },
}
