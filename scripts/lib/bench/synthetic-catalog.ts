import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogPath } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import type { CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { benchVendor } from './bench-cases.ts'

/** The real vendor the synthetic catalogs are cloned from (its client and binding drive them): the first whose bench cases offer it. */
export const SYNTHETIC_BASE_VENDOR = benchVendor('syntheticCatalogBase')[0]

/**
 * Writes a synthetic catalog of `size` entries into a scratch root laid out like the project
 * (`providers/<vendor>/catalog.json` and the doc snapshot it quotes), by cycling through the base
 * vendor's real entries with numbered ids (`token-has-expired-17`). Nothing is written under
 * the project's own `providers/`. `consumer` renames the Pact consumer (so a warm-up vendor writes
 * a pact file of its own).
 *
 * @example
 * const root = writeSyntheticCatalog(1000) // loadCatalog(SYNTHETIC_BASE_VENDOR, root).errors.length === 1000
 */
export function writeSyntheticCatalog(size: number, options: { consumer?: string } = {}): string {
  if (!Number.isInteger(size) || size < 1) throw new Error(`writeSyntheticCatalog: size must be a positive integer, got ${size}`)
  const file = catalogPath(SYNTHETIC_BASE_VENDOR)
  const base = JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as CatalogFile
  const errors = Array.from({ length: size }, (_, index) => {
    const entry = base.errors[index % base.errors.length]!
    return { ...entry, id: `${entry.id}-${index + 1}` }
  })
  const root = mkdtempSync(join(tmpdir(), `bench-catalog-${size}-`))
  mkdirSync(join(root, 'providers', SYNTHETIC_BASE_VENDOR), { recursive: true })
  writeFileSync(join(root, file), JSON.stringify({ ...base, consumer: options.consumer ?? base.consumer, errors }, null, 2))
  for (const snapshot of new Set(base.errors.map((entry) => entry.doc.snapshot))) {
    mkdirSync(join(root, snapshot, '..'), { recursive: true })
    cpSync(join(PROJECT_ROOT, snapshot), join(root, snapshot))
  }
  return root
}
