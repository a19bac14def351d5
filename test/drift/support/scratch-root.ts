import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/**
 * A scratch project root holding copies of the data drift reads and writes (catalogs, doc-page
 * data, snapshots), so a test can accept pages without touching the project.
 */
export function scratchRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'drift-root-'))
  cpSync(join(PROJECT_ROOT, 'providers'), join(root, 'providers'), {
    recursive: true,
    filter: (source) => extname(source) === '' || ['.json', '.txt'].includes(extname(source)),
  })
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}
