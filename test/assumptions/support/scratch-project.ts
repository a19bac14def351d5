import { cpSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogPath } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'

/**
 * A scratch copy of what the catalogs need (every providers/<vendor>/catalog.json and the doc
 * snapshots they quote), for `--root`: tests record verdicts there, never into the real catalogs.
 */
export function scratchProject(prefix = 'assumptions-root-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix))
  for (const vendor of VENDOR_IDS) {
    mkdirSync(join(root, 'providers', vendor), { recursive: true })
    cpSync(join(PROJECT_ROOT, catalogPath(vendor)), join(root, catalogPath(vendor)))
  }
  cpSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots'), join(root, 'providers', 'doc-snapshots'), { recursive: true })
  return root
}
