import type { ReplayContracts, VendorContracts } from './load-contracts.ts'
import { nearestNames } from './nearest-names.ts'
import type { ReplayInteraction } from './replay-interaction.ts'
import { ReplayError } from './replay-error.ts'

/**
 * The contracts of one replay vendor, or an error listing the vendors there are.
 *
 * @example
 * vendorContracts(loadContracts(), 'plansource').interactions.length // 10
 */
export function vendorContracts(contracts: ReplayContracts, vendor: string): VendorContracts {
  const found = contracts.get(vendor)
  if (found) return found
  throw new ReplayError(
    'unknown-vendor',
    `replay: no pact file in contracts/ has the provider "${vendor}"; replayable vendors: ${[...contracts.keys()].join(', ') || '(none)'}`,
  )
}

/**
 * The interactions a list of scenario names picks (short names, descriptions or provider states).
 * An unknown name throws, naming the closest valid names and listing all of them.
 *
 * @example
 * pickScenarios(plansource, ['employee-not-found']) // Set { employee-not-found }
 */
export function pickScenarios(contracts: VendorContracts, names: readonly string[]): ReadonlySet<ReplayInteraction> {
  const picked = new Set<ReplayInteraction>()
  for (const name of names) {
    const interactions = contracts.byName.get(name)
    if (interactions === undefined) {
      const ids = [...new Set(contracts.interactions.map((interaction) => interaction.id))]
      throw new ReplayError(
        'unknown-scenario',
        `replay: ${contracts.vendor} has no scenario "${name}" (did you mean ${nearestNames(name, contracts.byName.keys())
          .map((near) => `"${near}"`)
          .join(' or ')}?). Scenarios of ${contracts.vendor}: ${ids.join(', ')}; provider states and full descriptions pick too.`,
      )
    }
    for (const interaction of interactions) picked.add(interaction)
  }
  return picked
}
