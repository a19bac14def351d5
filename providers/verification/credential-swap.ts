import { CONTRACT_CREDENTIALS } from '../contract-credentials.ts'
import type { Redactor } from './redactor.ts'
import type { RunScope } from './run-scope.ts'
import type { LiveCredentials, VerificationProfile } from './verification-profile.ts'

/** A request on its way from the Pact verifier to the target, as the gateway holds it. */
export interface RelayedRequest {
  method: string
  /** The path without the query, for matching the token endpoint. */
  path: string
  /** Lower-case header names, one value each. */
  headers: Record<string, string>
  body: Buffer
}

const PLACEHOLDER_BASIC = Buffer.from(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.clientSecret}`).toString('base64')

/**
 * Swaps the contracts' placeholder credentials, and only those, for live short-lived ones:
 * `contract-access-token` for a live token (or the token a state obtained for this interaction),
 * placeholder Basic client credentials on the token endpoint for the live client's, and a
 * body-less token request for a live token-request body. Anything else passes as recorded. When no
 * live credential can be had, the interaction is marked `unavailable` and the request goes on as it
 * was (the gateway then refuses it).
 *
 * @example
 * const swap = credentialSwap({ scope: () => current, profile, credentials, redactor })
 * startGateway({ ..., prepare: swap })
 */
export function credentialSwap(deps: {
  scope: () => RunScope | undefined
  profile: VerificationProfile
  credentials: LiveCredentials
  redactor: Redactor
}): (request: RelayedRequest) => Promise<RelayedRequest> {
  return async (request) => {
    const scope = deps.scope()
    if (!scope) return request
    const live = async <T>(what: string, get: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await get()
      } catch (error) {
        scope.markUnavailable(`no live ${what}: ${deps.redactor.redact(error instanceof Error ? error.message : String(error))}`)
        return undefined
      }
    }
    const headers = { ...request.headers }
    let body = request.body
    const authorization = headers.authorization
    if (authorization?.includes(CONTRACT_CREDENTIALS.accessToken)) {
      const token = scope.tokenOverride ?? (await live('access token', () => deps.credentials.accessToken()))
      if (token !== undefined) headers.authorization = authorization.replace(CONTRACT_CREDENTIALS.accessToken, token)
      if (token !== undefined && scope.tokenOverride === undefined) scope.swapped.add('access-token')
    }
    if (request.path === deps.profile.tokenPath) {
      if (authorization?.includes(PLACEHOLDER_BASIC) && deps.credentials.clientBasic) {
        const client = await live('client credentials', () => deps.credentials.clientBasic!())
        if (client) {
          headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64')}`
          scope.swapped.add('client-credentials')
        }
      }
      if (request.method === 'POST' && body.length === 0) {
        const form =
          scope.tokenRequestForm ?? (deps.credentials.tokenRequestForm ? await live('token request', () => deps.credentials.tokenRequestForm!()) : undefined)
        if (form) {
          body = Buffer.from(form.toString())
          headers['content-type'] = 'application/x-www-form-urlencoded'
          // A state's form (an expired client assertion, say) is built from our client's credentials too.
          scope.swapped.add('client-credentials')
        }
      }
    }
    return { ...request, headers, body }
  }
}
