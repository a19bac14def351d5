import type { CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import { AssumptionsInputError } from './assumptions-input-error.ts'

/** The catalogs that could be read, and why the others could not (each naming file, vendor, entry, field). */
export interface LedgerCatalogs {
  catalogs: CatalogFile[]
  problems: string[]
}

/**
 * Reads the catalogs the ledger gives verdicts for (every vendor's, unless `vendors` narrows them),
 * keeping going past one that cannot be read.
 *
 * @example
 * const { catalogs, problems } = loadLedgerCatalogs()
 */
export function loadLedgerCatalogs(root: string = PROJECT_ROOT, vendors: readonly string[] = VENDOR_IDS): LedgerCatalogs {
  const catalogs: CatalogFile[] = []
  const problems: string[] = []
  for (const vendor of vendors) {
    try {
      catalogs.push(loadCatalog(vendor, root))
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  return { catalogs, problems }
}

/**
 * The catalogs the ledger gives verdicts for, every one readable, or an {@link AssumptionsInputError}
 * naming each that is not (file, vendor, entry, field).
 *
 * @example
 * readableCatalogs(PROJECT_ROOT, ['usta'])[0]?.vendor // 'usta'
 */
export function readableCatalogs(root: string = PROJECT_ROOT, vendors: readonly string[] = VENDOR_IDS): CatalogFile[] {
  const { catalogs, problems } = loadLedgerCatalogs(root, vendors)
  if (problems.length) throw new AssumptionsInputError(problems.join('; '))
  return catalogs
}
