import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { VENDOR_ID_SHAPE } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { conventionFile } from '../../../providers/vendor-conventions.ts'

/**
 * The vendors of a project: every folder under `providers/` that holds a `catalog.json`, sorted.
 * A folder with a catalog whose name is not a vendor id is an error naming it.
 *
 * @example
 * discoverVendors() // ['aplos', 'docplanner', 'plansource', 'plusauth', 'usta']
 */
export function discoverVendors(root: string = PROJECT_ROOT): string[] {
  const vendors = readdirSync(join(root, 'providers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, conventionFile('catalog', entry.name))))
    .map((entry) => entry.name)
    .sort()
  for (const vendor of vendors)
    if (!VENDOR_ID_SHAPE.test(vendor))
      throw new Error(`providers/${vendor}/catalog.json: "${vendor}" is not a vendor id (lower-case letters, digits and hyphens, starting with a letter)`)
  return vendors
}
