import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../providers/catalog/catalog-error.ts'
import { loadAllCatalogs, loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

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

describe('loadCatalog', () => {
  it('loads every vendor catalog with at least one entry each', () => {
    const catalogs = loadAllCatalogs()
    expect(catalogs.map((catalog) => catalog.vendor)).toEqual(['plansource', 'docplanner', 'aplos', 'plusauth', 'usta'])
    for (const catalog of catalogs) expect(catalog.errors.length).toBeGreaterThan(0)
  })

  it('names the vendor, entry and field of a malformed entry', () => {
    const root = withEditedCatalog('plansource', (catalog) => {
      catalog.errors[1].status = 'four hundred'
    })
    const error = loadError('plansource', root)
    expect(error).toMatchObject({ vendor: 'plansource', entry: 'name-required', field: 'status' })
    expect(error.message).toContain('providers/plansource/catalog.json')
  })

  it('rejects a doc quote that is not in the snapshot', () => {
    const root = withEditedCatalog('plansource', (catalog) => {
      catalog.errors[0].doc.quote = 'a sentence the page never said'
    })
    expect(loadError('plansource', root)).toMatchObject({ entry: 'token-has-expired', field: 'doc.quote' })
  })

  it('rejects a body path that is neither stable nor varies', () => {
    const root = withEditedCatalog('plansource', (catalog) => {
      catalog.errors[1].stable = catalog.errors[1].stable.filter((path: string) => path !== 'errors.message')
    })
    const error = loadError('plansource', root)
    expect(error).toMatchObject({ entry: 'name-required', field: 'stable' })
    expect(error.message).toContain('errors.message')
  })

  it('rejects two entries with the same id', () => {
    const root = withEditedCatalog('plansource', (catalog) => {
      catalog.errors[2].id = catalog.errors[1].id
    })
    expect(loadError('plansource', root)).toMatchObject({ entry: 'name-required', field: 'id' })
  })

  it('names the file when it is not JSON', () => {
    const root = withEditedCatalog('plansource', () => undefined)
    writeFileSync(join(root, 'providers/plansource/catalog.json'), '{ not json')
    expect(loadError('plansource', root).message).toMatch(/providers\/plansource\/catalog.json: vendor "plansource": is not valid JSON/)
  })
})
