import type { PactInteraction } from './pact-types.ts'

/**
 * An interaction as the replay serves it: the pact file's interaction plus the vendor it answers
 * for and the scenario names a test may pick it by.
 */
export interface ReplayInteraction extends PactInteraction {
  /** `file › description`: unique across contracts/, used in reports and the coverage record. */
  key: string
  /** The replay vendor: the pact file's provider (`plansource`, or `booking-webhook` for our webhook). */
  vendor: string
  /** The short scenario name (`employee-not-found`), else the whole description. */
  id: string
  /** Every name that picks this interaction: the short name, the description, each provider state. */
  names: readonly string[]
}

/**
 * The short scenario name of a description written as `name: trigger` (this project's catalog
 * convention); undefined when the description does not start that way.
 *
 * @example
 * shortScenarioName('employee-not-found: no employee has the id in the path') // 'employee-not-found'
 */
export function shortScenarioName(description: string): string | undefined {
  return /^([a-z0-9][a-z0-9._-]*): /i.exec(description)?.[1]
}

/**
 * Adds the vendor, key and scenario names to a pact file's interaction.
 *
 * @example
 * toReplayInteraction(pact.interactions[0]).names // ['employee-not-found', 'employee-not-found: no employee …', 'no employee exists with id {id}']
 */
export function toReplayInteraction(interaction: PactInteraction): ReplayInteraction {
  const { file, consumer, provider, description, states, request, response } = interaction
  const id = shortScenarioName(description) ?? description
  const names = [id]
  for (const name of [description, ...states.map((state) => state.name)]) if (!names.includes(name)) names.push(name)
  // A literal of fixed shape (not a spread): indexing 10,000 interactions stays cheap.
  return { file, consumer, provider, description, states, request, response, key: `${file} › ${description}`, vendor: provider, id, names }
}
