import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { loadWebhookCatalog } from '../../../providers/docplanner/webhook-catalog.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { entriesOfCatalog, entriesOfWebhookCatalog, type ComparableEntry } from './comparable-entry.ts'

/** Catalogs beyond `catalog.json` that document errors of the same page: Docplanner's page also documents our webhook's answer. */
const EXTRA_CATALOGS: Partial<Record<VendorId, (root: string) => ComparableEntry[]>> = {
  docplanner: (root) => entriesOfWebhookCatalog(loadWebhookCatalog(root)),
}

/**
 * Every catalog entry a vendor's page is compared with: its error catalog, plus any other
 * catalog of errors the same page documents.
 *
 * @example
 * catalogEntries('docplanner', PROJECT_ROOT).filter((entry) => entry.direction === 'webhook').length // 1
 */
export function catalogEntries(vendor: VendorId, root: string): ComparableEntry[] {
  return [...entriesOfCatalog(loadCatalog(vendor, root)), ...(EXTRA_CATALOGS[vendor]?.(root) ?? [])]
}
