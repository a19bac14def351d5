import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { conventionExport } from '../../../providers/vendor-conventions.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { entriesOfCatalog, type ComparableEntry } from './comparable-entry.ts'
import { EXTRA_CATALOG_MODULES } from './extra-catalogs.generated.ts'

/** Reads the catalogs beyond `catalog.json` that document errors of the same page, ready to compare. */
export type ExtraCatalogs = (root: string) => ComparableEntry[]

/** What `providers/<id>/extra-catalogs.ts` exports, where a vendor's page documents more than its catalog. */
export interface ExtraCatalogsModule {
  extraCatalogs: ExtraCatalogs
}

/**
 * Every catalog entry a vendor's page is compared with: its error catalog, plus the entries of any
 * other catalog of errors the same page documents (`providers/<id>/extra-catalogs.ts`, optional).
 *
 * @example
 * catalogEntries(vendor, PROJECT_ROOT).filter((entry) => entry.direction === 'webhook').length // 1 where the page documents a webhook answer
 */
export function catalogEntries(vendor: VendorId, root: string): ComparableEntry[] {
  const extra = EXTRA_CATALOG_MODULES[vendor]
  return [...entriesOfCatalog(loadCatalog(vendor, root)), ...(extra ? conventionExport<ExtraCatalogs>('extraCatalogs', vendor, extra)(root) : [])]
}
