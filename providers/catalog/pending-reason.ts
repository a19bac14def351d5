import type { CatalogEntry } from './catalog-schema.ts'

/**
 * Why an entry is a Pact *pending* interaction: its own `pending` reason, or, for a draft no person
 * has reviewed yet, its `draft` reason. Undefined for an entry whose contract must hold.
 *
 * @example
 * pendingReason({ draft: 'read from the page by npm run new-vendor; not reviewed yet' }) // 'draft: read from the page by …'
 */
export function pendingReason(entry: Pick<CatalogEntry, 'pending' | 'draft'>): string | undefined {
  return entry.pending ?? (entry.draft === undefined ? undefined : `draft: ${entry.draft}`)
}

/**
 * Whether an entry is contracted as a Pact pending interaction (its mismatch fails no build).
 *
 * @example
 * catalog.errors.filter((entry) => !isPending(entry)) // the entries whose contracts must hold
 */
export function isPending(entry: Pick<CatalogEntry, 'pending' | 'draft'>): boolean {
  return pendingReason(entry) !== undefined
}
