import type { PactInteraction } from './pact-file.ts'

/** A live credential of ours that replaced a placeholder: the main access token, or the client's own credentials on the token endpoint. */
export type SwappedCredential = 'access-token' | 'client-credentials'

/**
 * What happened while one interaction was verified, shared by the state handlers, the request
 * filter and the gateway: the first reason it cannot count as verified, and per-interaction
 * credentials a state asked for.
 *
 * @example
 * const scope = new RunScope(interaction)
 * scope.markUnavailable('connection refused')
 */
export class RunScope {
  /** Why a provider state could not be set up (the interaction is then `unavailable`). */
  stateFailure: string | undefined
  /** Why the request could not get a usable answer (transport, credentials, deadline). */
  unavailable: string | undefined
  /** A token a state obtained for this interaction, used instead of the main client's token. */
  tokenOverride: string | undefined
  /** A token-request body a state prepared (e.g. with an expired client assertion). */
  tokenRequestForm: URLSearchParams | undefined
  /** Which of our own live credentials went out with this interaction's request (see credential-swap.ts). */
  readonly swapped = new Set<SwappedCredential>()
  /** Retries and waits along the way, for the report. */
  readonly notes: string[] = []
  /** Clean-ups a state registered, run after the interaction whatever its outcome. */
  readonly cleanups: (() => Promise<void>)[] = []

  constructor(readonly interaction: PactInteraction) {}

  /** Records a failed state setup; the first one is kept. */
  markStateFailure(reason: string): void {
    this.stateFailure ??= reason
  }

  /** Records why the interaction cannot be verified; the first reason is kept. */
  markUnavailable(reason: string): void {
    this.unavailable ??= reason
  }

  /** Why this interaction cannot count as verified, if anything went wrong outside the comparison. */
  get blocked(): string | undefined {
    return this.stateFailure ?? this.unavailable
  }
}
