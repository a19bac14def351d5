import type { RunScope } from './run-scope.ts'
import type { LiveCredentials, VerificationProfile } from './verification-profile.ts'

/** The logical keys of the main client's own credentials and token settings, as verification profiles name them. */
const OWN_CREDENTIAL_KEYS = new Set(['clientId', 'clientSecret', 'privateKey', 'audience', 'tokenUrl'])

/** An answer as the gateway relays it. */
export interface RelayedAnswer {
  status: number
  body: Buffer
}

/**
 * Tells an answer that refuses our own credentials from the vendor's answer to the contract. When
 * our client's credentials went out and the vendor answered that they are no good, the interaction
 * says nothing about the contract: it is marked `unavailable` with the reason and the variables to
 * check, never left to become a `mismatch`.
 * - The token endpoint refused a request carrying our client's credentials (`invalid_client`, or a
 *   401 the contract did not expect), and a fresh token of our own cannot be had either: our
 *   credentials are refused. When our own token can still be had, the answer is the vendor's to
 *   the contract (an expired assertion may well be answered `invalid_client`) and is compared.
 * - A token issued to our client was refused on use (a 401 the contract did not expect, e.g.
 *   `invalid_audience`): issued, but for something else than this API.
 * An interaction that sends no credentials of ours (no token, a wrong scheme, an expired token a
 * state made) is left to the comparison.
 *
 * @example
 * startGateway({ ..., inspect: credentialRefusal(profile, credentials) })
 */
export function credentialRefusal(
  profile: Pick<VerificationProfile, 'env'>,
  credentials: Pick<LiveCredentials, 'accessToken'>,
): (scope: RunScope, answer: RelayedAnswer) => Promise<void> {
  const variables = profile.env.filter((variable) => OWN_CREDENTIAL_KEYS.has(variable.key)).map((variable) => variable.name)
  const check = variables.length ? `; check ${variables.join(', ')}` : ''
  return async (scope, answer) => {
    if (scope.swapped.size === 0) return
    const expected = scope.interaction.expectedStatus
    const code = errorCode(answer.body)
    const named = code === undefined ? String(answer.status) : `${answer.status} ${code}`
    if (scope.swapped.has('client-credentials') && (code === 'invalid_client' || (answer.status === 401 && expected !== 401))) {
      const ownToken = await credentials.accessToken().then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      )
      if (ownToken !== undefined)
        scope.markUnavailable(`the vendor's token endpoint refused our client credentials (${named}; a token of our own: ${ownToken})${check}`)
    } else if (scope.swapped.has('access-token') && answer.status === 401 && expected !== 401) {
      scope.markUnavailable(`the vendor issued our client a token but refused it on use (${named})${check}`)
    }
  }
}

/** The OAuth-style `error` (or a similar code field) of a JSON answer, when it has one. */
function errorCode(body: Buffer): string | undefined {
  try {
    const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>
    const code = json.error ?? json.code
    return typeof code === 'string' ? code : undefined
  } catch {
    return undefined
  }
}
