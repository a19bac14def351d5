import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../providers/catalog/catalog-error.ts'
import { catalogPath, loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import './support/reliability-task-meta.ts'

/** Some vendor (the last discovered one), and another for a catalog that names the wrong vendor. */
const vendor = VENDOR_IDS[VENDOR_IDS.length - 1]!
const other = VENDOR_IDS[0]
const file = catalogPath(vendor)
const original = JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as {
  vendor: string
  errors: Array<Record<string, unknown>>
}

/** Catalogs of the vendor that cannot be used, beyond those test/catalog/load-catalog.test.ts already covers. */
const HOSTILE_CATALOGS: Record<string, { content: string | Uint8Array | undefined; field?: string; entry?: string }> = {
  'a missing file': { content: undefined },
  'an empty file': { content: '' },
  'binary bytes': { content: Uint8Array.from({ length: 128 }, (_, index) => 255 - index) },
  'a JSON array': { content: '[]' },
  'JSON null': { content: 'null' },
  'another vendor’s catalog': { content: JSON.stringify({ ...original, vendor: other }), field: 'vendor' },
  'an entry without its request': {
    content: JSON.stringify({ ...original, errors: [{ ...original.errors[0], request: undefined }] }),
    entry: String(original.errors[0]!.id),
    field: 'request',
  },
  'an entry with a status of 1000': {
    content: JSON.stringify({ ...original, errors: [{ ...original.errors[0], status: 1000 }] }),
    entry: String(original.errors[0]!.id),
    field: 'status',
  },
}

/** A scratch project root holding the snapshots and one catalog of the vendor (or none). */
function rootWith(content: string | Uint8Array | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'hostile-catalog-'))
  cpSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots'), join(root, 'providers', 'doc-snapshots'), { recursive: true })
  mkdirSync(join(root, 'providers', vendor), { recursive: true })
  if (content !== undefined) writeFileSync(join(root, file), content)
  return root
}

function catalogErrorOf(load: () => unknown): CatalogError {
  try {
    load()
  } catch (error) {
    if (error instanceof CatalogError) return error
    throw error
  }
  throw new Error('expected a CatalogError')
}

describe.each(Object.entries(HOSTILE_CATALOGS))('a catalog that is %s', (_name, { content, field, entry }) => {
  it('is refused with a CatalogError naming the file and vendor (and the entry and field when there is one)', ({ task }) => {
    const error = catalogErrorOf(() => loadCatalog(vendor, rootWith(content)))
    expect(error).toMatchObject({ file, vendor })
    expect(error.message).toContain(file)
    if (field !== undefined) expect(error.field).toBe(field)
    if (entry !== undefined) expect(error.entry).toBe(entry)
    recordReliability(task.meta, { faults: 1 })
  })
})

describe('a vendor id that is not a vendor', () => {
  it('is refused with a CatalogError naming it, before any file is read', ({ task }) => {
    const error = catalogErrorOf(() => loadCatalog('../../etc/passwd'))
    expect(error.vendor).toBe('../../etc/passwd')
    expect(error.message).toContain('the vendor is not a vendor id')
    recordReliability(task.meta, { faults: 1 })
  })
})
