import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readJsonInput } from './report-input.ts'

const PactInteraction = z.looseObject({
  description: z.string(),
  type: z.string().optional(),
  providerStates: z.array(z.looseObject({ name: z.string(), params: z.record(z.string(), z.unknown()).optional() })).optional(),
  request: z.looseObject({ method: z.string(), path: z.string() }).optional(),
  response: z.looseObject({ status: z.number() }).optional(),
})

/** The parts of a Pact V3/V4 file the report shows. */
const PactFile = z.looseObject({
  consumer: z.looseObject({ name: z.string() }),
  provider: z.looseObject({ name: z.string() }),
  interactions: z.array(PactInteraction),
})

/** One interaction of a pact file, where it was found. */
export interface ContractInteraction {
  /** The pact file, relative to the project root. */
  file: string
  consumer: string
  description: string
  providerStates: Array<{ name: string; params?: Record<string, unknown> }>
  request: { method: string; path: string } | undefined
  responseStatus: number | undefined
}

/** Every pact file's interactions, by provider (the vendor id) and description; unreadable files listed apart. */
export interface ContractIndex {
  byVendor: Map<string, Map<string, ContractInteraction>>
  /** The provider (vendor) of each pact file, by file name (`benefits-integration-plansource.json`). */
  providerByFile: Map<string, string>
  problems: string[]
  files: string[]
}

/**
 * Reads every `*.json` pact file of a folder into an index by vendor and interaction description.
 *
 * @example
 * const index = readContractIndex('contracts', 'contracts')
 * index.byVendor.get('plansource')?.get('employee-not-found: no employee has the id in the path')?.file
 */
export function readContractIndex(folder: string, shownAs: string): ContractIndex {
  const index: ContractIndex = { byVendor: new Map(), providerByFile: new Map(), problems: [], files: [] }
  let names: string[]
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
  } catch {
    index.problems.push(`${shownAs} cannot be read`)
    return index
  }
  for (const name of names) {
    const file = `${shownAs}/${name}`
    const input = readJsonInput(join(folder, name), PactFile, file)
    if (input.state !== 'loaded') {
      index.problems.push(input.state === 'invalid' ? input.problem : `${file} is missing`)
      continue
    }
    index.files.push(file)
    const vendor = input.data.provider.name
    index.providerByFile.set(name, vendor)
    const interactions = index.byVendor.get(vendor) ?? new Map<string, ContractInteraction>()
    index.byVendor.set(vendor, interactions)
    for (const interaction of input.data.interactions) {
      interactions.set(interaction.description, {
        file,
        consumer: input.data.consumer.name,
        description: interaction.description,
        providerStates: interaction.providerStates ?? [],
        request: interaction.request ? { method: interaction.request.method, path: interaction.request.path } : undefined,
        responseStatus: interaction.response?.status,
      })
    }
  }
  return index
}
