import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'

/**
 * The Pact interaction description of a catalog entry, `<id>: <trigger>`: how the report finds an
 * entry's contract, replay and verification. The same rule as the contract tests'
 * `interactionDescription` (test/contract/support/describe-catalog-contracts.ts), kept apart so the
 * report does not load Pact and vitest; a test pins the two together.
 *
 * @example
 * catalogDescription(entry) // 'employee-not-found: no employee has the id in the path'
 */
export function catalogDescription(entry: Pick<CatalogEntry, 'id' | 'request'>): string {
  return `${entry.id}: ${entry.request.trigger}`
}
