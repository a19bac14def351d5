import type { VerifierOptions } from '@pact-foundation/pact'
import type { PactInteraction } from './pact-file.ts'
import type { Redactor } from './redactor.ts'
import type { StateContext, StateHandler } from './verification-profile.ts'

type PactStateHandlers = NonNullable<VerifierOptions['stateHandlers']>
/** Pact-js's setup/teardown handler form (its public type also admits the message-pact form). */
type SetupTeardown = { setup: (params?: unknown) => Promise<unknown>; teardown: (params?: unknown) => Promise<unknown> }

/**
 * The states of an interaction that have no handler. Pact-js would warn and verify anyway, so
 * verification checks first and reports the interaction `unavailable`, naming the states.
 *
 * @example
 * missingStates(interaction, profile.states) // ['the hourly request quota is used up']
 */
export function missingStates(interaction: PactInteraction, handlers: Record<string, StateHandler>): string[] {
  return interaction.providerStates.map((state) => state.name).filter((name) => !Object.hasOwn(handlers, name))
}

/**
 * Pact-js state handlers for one interaction. Pact-js answers a throwing handler with 200 and
 * verifies the interaction anyway, so every failure is caught here and recorded in the run scope
 * (the interaction becomes `unavailable`), and its message is redacted.
 *
 * @example
 * new Verifier({ stateHandlers: adaptStates(interaction, profile.states, context, redactor) })
 */
export function adaptStates(
  interaction: PactInteraction,
  handlers: Record<string, StateHandler>,
  context: StateContext,
  redactor: Redactor,
): PactStateHandlers {
  const adapted: Record<string, SetupTeardown> = {}
  for (const { name } of interaction.providerStates) {
    const handler = handlers[name]
    if (!handler) continue
    adapted[name] = {
      setup: async (params?: unknown) => {
        if (context.scope.stateFailure) return {}
        try {
          return (await handler.setup(asParams(params), context)) ?? {}
        } catch (error) {
          context.scope.markStateFailure(`provider state "${name}" could not be set up: ${redactor.redact(describe(error))}`)
          return {}
        }
      },
      teardown: async (params?: unknown) => {
        try {
          await handler.teardown?.(asParams(params), context)
        } catch (error) {
          context.scope.notes.push(`teardown of "${name}" failed: ${redactor.redact(describe(error))}`)
        }
        return undefined
      },
    }
  }
  return adapted as unknown as PactStateHandlers
}

function asParams(params: unknown): Record<string, unknown> {
  return typeof params === 'object' && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : {}
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
