import type { PactInteraction } from './pact-file.ts'
import type { Redactor } from './redactor.ts'
import type { StateContext, StateHandler } from './verification-profile.ts'

/** One interaction's provider states, by name, ready for the verifier's state-change calls; they never throw. */
export type StateChanges = Record<string, { setup(params: unknown): Promise<Record<string, unknown>>; teardown(params: unknown): Promise<void> }>

/**
 * The states of an interaction that have no handler. The verifier would verify anyway, so
 * verification checks first and reports the interaction `unavailable`, naming the states.
 *
 * @example
 * missingStates(interaction, profile.states) // ['the hourly request quota is used up']
 */
export function missingStates(interaction: PactInteraction, handlers: Record<string, StateHandler>): string[] {
  return interaction.providerStates.map((state) => state.name).filter((name) => !Object.hasOwn(handlers, name))
}

/**
 * The state changes of one interaction. A failed setup must not let the interaction count as
 * verified, so every failure is caught here and recorded in the run scope (the interaction
 * becomes `unavailable`), and its message is redacted.
 *
 * @example
 * current = { scope, states: adaptStates(interaction, profile.states, context, redactor) }
 */
export function adaptStates(interaction: PactInteraction, handlers: Record<string, StateHandler>, context: StateContext, redactor: Redactor): StateChanges {
  const adapted: StateChanges = {}
  for (const { name } of interaction.providerStates) {
    const handler = handlers[name]
    if (!handler) continue
    adapted[name] = {
      setup: async (params) => {
        if (context.scope.stateFailure) return {}
        try {
          return (await handler.setup(asParams(params), context)) ?? {}
        } catch (error) {
          context.scope.markStateFailure(`provider state "${name}" could not be set up: ${redactor.redact(describe(error))}`)
          return {}
        }
      },
      teardown: async (params) => {
        try {
          await handler.teardown?.(asParams(params), context)
        } catch (error) {
          context.scope.notes.push(`teardown of "${name}" failed: ${redactor.redact(describe(error))}`)
        }
      },
    }
  }
  return adapted
}

function asParams(params: unknown): Record<string, unknown> {
  return typeof params === 'object' && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : {}
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
