import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { canonicalJson } from './canonical-json.ts'

/** What the package's version is tied to: every interaction of contracts/, by key, with its hash. */
export interface ContractsSnapshot {
  /** `sha256:<hex>` of every pact file's consumer, provider and interactions (not the tools' metadata). */
  fingerprint: string
  /** `<file> › <description>` → the first 16 hex digits of the interaction's sha256 (canonical JSON). */
  interactions: Record<string, string>
}

/**
 * Reads every pact file (`*.json`) in a folder and fingerprints what a consumer of the contracts
 * relies on: consumer and provider names and each interaction, whatever the formatting or key order.
 * The `metadata` of a file (pact-js and Pact core versions) does not count. Fails naming the file
 * when one is not a pact file, and the description when two interactions of a file share it.
 *
 * @example
 * contractsSnapshot('contracts').interactions['benefits-integration-plansource.json › employee-not-found: …'] // '3f2a…'
 */
export function contractsSnapshot(dir: string): ContractsSnapshot {
  const interactions: Record<string, string> = {}
  const files: unknown[] = []
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const pact = readPact(join(dir, file))
    const hashes: string[] = []
    for (const interaction of pact.interactions) {
      const key = `${file} › ${interaction.description}`
      if (key in interactions) throw new Error(`${join(dir, file)}: two interactions are described "${interaction.description}"; descriptions must be unique`)
      interactions[key] = sha256(canonicalJson(interaction)).slice(0, 16)
      hashes.push(interactions[key])
    }
    files.push({ file, consumer: pact.consumer, provider: pact.provider, interactions: hashes })
  }
  return { fingerprint: `sha256:${sha256(canonicalJson(files))}`, interactions }
}

interface RawPact {
  consumer: unknown
  provider: unknown
  interactions: Array<{ description: string }>
}

function readPact(path: string): RawPact {
  let pact: unknown
  try {
    pact = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`, { cause: error })
  }
  const interactions = (pact as { interactions?: unknown } | null)?.interactions
  if (!Array.isArray(interactions)) throw new Error(`${path}: "interactions" must be a list`)
  interactions.forEach((interaction, at) => {
    if (typeof (interaction as { description?: unknown } | null)?.description !== 'string')
      throw new Error(`${path}: interactions[${at}].description must be a string`)
  })
  return pact as RawPact
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
