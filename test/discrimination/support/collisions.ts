import type { CatalogEntry, CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { isPending } from '../../../providers/catalog/pending-reason.ts'
import { interactionDescription } from '../../contract/support/describe-catalog-contracts.ts'
import { responseAccepts, type ActualResponse, type PactResponse } from './response-accepts.ts'

/** A pact file, reduced to what the check reads. */
export interface PactFile {
  interactions: Array<{ description: string; pending?: boolean; response: PactResponse }>
}

/** Two documented errors one contract cannot tell apart. */
export interface Collision {
  /** The entry whose contract accepts the other's documented response. */
  contracted: string
  /** The entry whose documented response it accepts. */
  accepted: string
}

/**
 * Whether an entry takes part in the pairwise check: a pending interaction (a draft too), or a
 * status-table row whose body is assumed (it promises only its status and envelope), does not.
 */
export function isDiscriminating(entry: CatalogEntry): boolean {
  return !isPending(entry) && !entry.assumed.some((assumption) => assumption.field === 'body')
}

/** The documented response of an entry, as the vendor would send it. */
export function documentedResponse(entry: CatalogEntry): ActualResponse {
  return { status: entry.status, headers: { 'Content-Type': entry.contentType, ...entry.headers }, body: entry.body }
}

/**
 * Every pair of a vendor's documented errors where one's contract (the pact file's response and
 * matching rules, not the catalog) accepts the other's documented response, unless both are the
 * same error (same code and message) reached by different requests.
 *
 * @example
 * findCollisions(loadCatalog('plansource'), pactFile) // [{ contracted: 'employee-not-found', accepted: 'invalid-coverage' }]
 */
export function findCollisions(catalog: CatalogFile, pact: PactFile): Collision[] {
  const entries = catalog.errors.filter(isDiscriminating)
  const collisions: Collision[] = []
  for (const contracted of entries) {
    const response = responseOf(catalog, pact, contracted)
    for (const other of entries) {
      if (other === contracted || sameError(contracted, other)) continue
      if (responseAccepts(response, documentedResponse(other)).length === 0) collisions.push({ contracted: contracted.id, accepted: other.id })
    }
  }
  return collisions
}

/** The pact file's response for an entry, or an error naming the vendor, entry and command. */
export function responseOf(catalog: CatalogFile, pact: PactFile, entry: CatalogEntry): PactResponse {
  const description = interactionDescription(entry)
  const interaction = pact.interactions.find((item) => item.description === description)
  if (interaction === undefined)
    throw new Error(`${catalog.vendor}: no interaction "${description}" in its pact file; run npm run contracts -- --vendor ${catalog.vendor}`)
  return interaction.response
}

function sameError(a: CatalogEntry, b: CatalogEntry): boolean {
  return a.status === b.status && a.code === b.code && a.message === b.message
}
