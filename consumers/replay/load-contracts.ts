import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InteractionIndex } from './interaction-index.ts'
import type { PactFile } from './pact-types.ts'
import { readPactFile } from './read-pact-file.ts'
import { toReplayInteraction, type ReplayInteraction } from './replay-interaction.ts'

/**
 * Where the pact files live, found from this module: `contracts/` beside `consumers/` in this
 * repository, and beside `dist/` in the installed package (both two folders up). Pass a folder to
 * {@link loadContracts}, or `contractsDir` to `replay()`, to read other pact files.
 */
export const CONTRACTS_DIR = fileURLToPath(new URL('../../contracts', import.meta.url))

/** One vendor's interactions, indexed, with the names a test may pick them by. */
export interface VendorContracts {
  vendor: string
  files: readonly string[]
  interactions: readonly ReplayInteraction[]
  index: InteractionIndex
  /** Scenario name → the interactions it picks, in pact-file order. */
  byName: ReadonlyMap<string, readonly ReplayInteraction[]>
}

/** Every vendor the replay can serve, keyed by replay vendor name (the pact's provider). */
export type ReplayContracts = ReadonlyMap<string, VendorContracts>

const cache = new Map<string, ReplayContracts>()

/**
 * Reads every pact file in a folder (default `contracts/`) once per module instance and indexes
 * its HTTP interactions by vendor.
 *
 * @example
 * loadContracts().get('plansource')?.interactions.length // 10
 */
export function loadContracts(dir: string = CONTRACTS_DIR): ReplayContracts {
  let contracts = cache.get(dir)
  if (contracts === undefined) {
    contracts = contractsFromPacts(pactFileNames(dir).map((name) => readPactFile(join(dir, name))))
    cache.set(dir, contracts)
  }
  return contracts
}

/**
 * The pact files (`*.json`) in a folder, sorted.
 *
 * @example
 * pactFileNames('contracts') // ['benefits-integration-plansource.json', …]
 */
export function pactFileNames(dir: string = CONTRACTS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

/**
 * Groups already-read pact files by replay vendor (the provider name) and indexes them; the
 * benchmark and tests build synthetic contracts this way.
 *
 * @example
 * contractsFromPacts([parsePact('x.json', pactJson)]).get('acme')
 */
export function contractsFromPacts(pacts: readonly PactFile[]): ReplayContracts {
  const grouped = new Map<string, { files: string[]; interactions: ReplayInteraction[] }>()
  for (const pact of pacts) {
    const group = grouped.get(pact.provider) ?? { files: [], interactions: [] }
    group.files.push(pact.file)
    group.interactions.push(...pact.interactions.map(toReplayInteraction))
    grouped.set(pact.provider, group)
  }
  const contracts = new Map<string, VendorContracts>()
  for (const [vendor, { files, interactions }] of [...grouped].sort(([a], [b]) => a.localeCompare(b))) {
    const byName = new Map<string, ReplayInteraction[]>()
    for (const interaction of interactions) {
      for (const name of interaction.names) {
        const named = byName.get(name)
        if (named) named.push(interaction)
        else byName.set(name, [interaction])
      }
    }
    contracts.set(vendor, { vendor, files, interactions, index: new InteractionIndex(interactions), byName })
  }
  return contracts
}
