import { loadContracts } from '../../../consumers/replay/load-contracts.ts'
import type { ReplayInteraction } from '../../../consumers/replay/replay-interaction.ts'

/**
 * The committed interaction a scenario name picks (the first, when a provider state picks several).
 *
 * @example
 * contractInteraction('docplanner', 'too-many-requests').response.status // 429
 */
export function contractInteraction(vendor: string, name: string): ReplayInteraction {
  const found = loadContracts().get(vendor)?.byName.get(name)?.[0]
  if (found === undefined) throw new Error(`contracts/ has no ${vendor} interaction "${name}"`)
  return found
}

/**
 * A response header of a committed interaction, as the replay serves it.
 *
 * @example
 * contractHeader('docplanner', 'too-many-requests', 'X-RateLimit-Reset') // '2024-12-02T11:00:00+00:00'
 */
export function contractHeader(vendor: string, name: string, header: string): string {
  const found = contractInteraction(vendor, name).response.headers.find(([key]) => key.toLowerCase() === header.toLowerCase())
  if (found === undefined) throw new Error(`${vendor} "${name}" answers no ${header} header`)
  return found[1].join(', ')
}

/**
 * The JSON response body of a committed interaction (its example values).
 *
 * @example
 * contractBody('usta', 'validation-error-example') // { errors: [{ errorCode: 5000, subject: 'firstName', … }] }
 */
export function contractBody(vendor: string, name: string): unknown {
  return contractInteraction(vendor, name).response.body?.content
}
