import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../providers/catalog/catalog-error.ts'
import { catalogPath, loadAllCatalogs, loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'

/** Copies the project's providers/ to a scratch root and lets a test edit one catalog in it. */
function withEditedCatalog(vendor: string, edit: (catalog: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'catalog-'))
  cpSync(join(PROJECT_ROOT, 'providers'), join(root, 'providers'), { recursive: true })
  const file = join(root, 'providers', vendor, 'catalog.json')
  const catalog = JSON.parse(readFileSync(file, 'utf8'))
  edit(catalog)
  writeFileSync(file, JSON.stringify(catalog))
  return root
}

function loadError(vendor: string, root: string): CatalogError {
  try {
    loadCatalog(vendor, root)
  } catch (error) {
    if (error instanceof CatalogError) return error
    throw error
  }
  throw new Error('expected the catalog to be rejected')
}

/** Some vendor (the first discovered one) and its catalog as committed. */
const vendor = VENDOR_IDS[0]
const committed = loadCatalog(vendor)
const file = catalogPath(vendor)
/** An entry with a stable body path, and that path. */
const withStable = committed.errors.findIndex((entry) => entry.stable.length > 0)
const stablePath = committed.errors[withStable]!.stable[0]!

describe('loadCatalog', () => {
  it('loads every vendor catalog with at least one entry each', () => {
    const catalogs = loadAllCatalogs()
    expect(catalogs.map((catalog) => catalog.vendor)).toEqual([...VENDOR_IDS])
    for (const catalog of catalogs) expect(catalog.errors.length, catalog.vendor).toBeGreaterThan(0)
  })

  it('names the vendor, entry and field of a malformed entry', () => {
    const root = withEditedCatalog(vendor, (catalog) => {
      catalog.errors[1].status = 'four hundred'
    })
    const error = loadError(vendor, root)
    expect(error).toMatchObject({ vendor, entry: committed.errors[1]!.id, field: 'status' })
    expect(error.message).toContain(file)
  })

  it('rejects a doc quote that is not in the snapshot', () => {
    const root = withEditedCatalog(vendor, (catalog) => {
      catalog.errors[0].doc.quote = 'a sentence the page never said'
    })
    expect(loadError(vendor, root)).toMatchObject({ entry: committed.errors[0]!.id, field: 'doc.quote' })
  })

  it('rejects a body path that is neither stable nor varies', () => {
    const root = withEditedCatalog(vendor, (catalog) => {
      catalog.errors[withStable].stable = catalog.errors[withStable].stable.filter((path: string) => path !== stablePath)
    })
    const error = loadError(vendor, root)
    expect(error).toMatchObject({ entry: committed.errors[withStable]!.id, field: 'stable' })
    expect(error.message).toContain(stablePath)
  })

  it('rejects two entries with the same id', () => {
    const root = withEditedCatalog(vendor, (catalog) => {
      catalog.errors[2].id = catalog.errors[1].id
    })
    expect(loadError(vendor, root)).toMatchObject({ entry: committed.errors[1]!.id, field: 'id' })
  })

  it('names the file when it is not JSON', () => {
    const root = withEditedCatalog(vendor, () => undefined)
    writeFileSync(join(root, file), '{ not json')
    expect(loadError(vendor, root).message).toContain(`${file}: vendor "${vendor}": is not valid JSON`)
  })
})
