import { StateUnavailable, type StateContext, type StateHandler } from './verification-profile.ts'

/** A token and how long the vendor said it lives. */
export interface ObtainedToken {
  token: string
  expiresInMs: number
}

/**
 * "The access token has expired", reached in the first way the target allows: an expired token
 * from the environment (`expiredToken`, e.g. `PLANSOURCE_EXPIRED_TOKEN`); on a reference sandbox,
 * a token of its short-lived demo client, waited out; with `--await-token-expiry`, a fresh token
 * waited out for as long as the vendor says it lives. Returns `{ expiredToken }` for the contract's
 * `fromProviderState` header.
 *
 * @example
 * states['the access token has expired'] = expiredTokenState({ envName: 'USTA_EXPIRED_TOKEN', shortLived, fresh })
 */
export function expiredTokenState(how: {
  envName: string
  shortLived?: (context: StateContext) => Promise<ObtainedToken>
  fresh: (context: StateContext) => Promise<ObtainedToken>
}): StateHandler {
  const waitOut = async (context: StateContext, obtained: ObtainedToken, margin: number) => {
    context.redactor.add(obtained.token)
    // A little past the lifetime: the reference sandbox shares our clock; a real vendor may be seconds apart.
    await context.sleep(obtained.expiresInMs + margin)
    return { expiredToken: obtained.token }
  }
  return {
    async setup(_params, context) {
      const fromEnv = context.values('expiredToken')
      if (fromEnv) return { expiredToken: fromEnv }
      if (context.reference && how.shortLived) return waitOut(context, await how.shortLived(context), 50)
      if (context.options.awaitTokenExpiry) return waitOut(context, await how.fresh(context), 5_000)
      throw new StateUnavailable(`needs a token the vendor has expired: set ${how.envName}, or pass --await-token-expiry to wait out a fresh token's lifetime`)
    },
  }
}

/**
 * A vendor-side failure that no request of ours can cause (a 5xx, or a failure of the vendor's own
 * systems with its error code): the reference sandbox's fault switch answers the next request under
 * `pathPrefix` with it; on any other target the state is unavailable.
 *
 * @example
 * states['the PlusAuth API is failing internally'] = vendorFailureState(() => 500, '/api/')
 * states['USTA cannot trigger emails'] = vendorFailureState(() => 500, '/v1/customer/', 9003)
 */
export function vendorFailureState(statusOf: (params: Record<string, unknown>) => number, pathPrefix: string, code?: string | number): StateHandler {
  return {
    vendorSideFailure: true,
    async setup(params, context) {
      if (!context.reference) {
        throw new StateUnavailable(
          `a vendor-side failure (${statusOf(params)}${code === undefined ? '' : `, code ${code}`}) cannot be caused through the public API; only a reference sandbox answers it on purpose`,
        )
      }
      // The interaction's token is fetched first, so that the fault meets the interaction, not the token request.
      await context.credentials.accessToken().catch(() => undefined)
      await context.reference.armFault({ status: statusOf(params), times: 1, pathPrefix, code })
    },
    async teardown(_params, context) {
      await context.reference?.disarmFault()
    },
  }
}

/**
 * A state the interaction's own request proves or disproves (an id nobody has, a code that does not
 * exist): the vendor offers no cheaper way to look, so nothing is done beforehand.
 *
 * @example
 * states['no booking exists with id {bookingId}'] = shownByTheRequestItself()
 */
export function shownByTheRequestItself(): StateHandler {
  return { setup: async () => undefined }
}
