import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { VENDOR_IDS, type VendorId } from '../vendor-ids.ts'
import { hasPath, isWithin, leafPaths } from './body-paths.ts'
import { CatalogError } from './catalog-error.ts'
import { CatalogFile, type CatalogEntry } from './catalog-schema.ts'
import { PROJECT_ROOT } from './project-root.ts'

/** The path of a vendor's catalog file, relative to the project root. */
export function catalogPath(vendor: string): string {
  return `providers/${vendor}/catalog.json`
}

/** What a vendor id looks like: one path segment of lower-case letters, digits and hyphens. */
export const VENDOR_ID_SHAPE = /^[a-z][a-z0-9-]*$/

/**
 * Reads and validates one vendor's error catalog. Any problem throws a {@link CatalogError}
 * naming the file, vendor, entry and field. A vendor outside VENDOR_IDS is read too (the bench's
 * synthetic vendors, a vendor being added), but only one shaped like an id: never a path.
 *
 * @example
 * const { errors } = loadCatalog('plansource')
 */
export function loadCatalog(vendor: VendorId | string, root: string = PROJECT_ROOT): CatalogFile {
  const file = catalogPath(vendor)
  if (!VENDOR_ID_SHAPE.test(vendor))
    throw new CatalogError({ file, vendor, problem: 'cannot be read: the vendor is not a vendor id (lower-case letters, digits, hyphens)' })
  let text: string
  try {
    text = readFileSync(join(root, file), 'utf8')
  } catch (error) {
    throw new CatalogError({ file, vendor, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` })
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new CatalogError({ file, vendor, problem: `is not valid JSON (${(error as Error).message})` })
  }
  const parsed = CatalogFile.safeParse(raw)
  if (!parsed.success) throw schemaError(file, vendor, raw, parsed.error)
  const catalog = parsed.data
  if (catalog.vendor !== vendor) throw new CatalogError({ file, vendor, field: 'vendor', problem: `says "${catalog.vendor}", expected "${vendor}"` })
  const seen = new Set<string>()
  for (const entry of catalog.errors) {
    if (seen.has(entry.id)) throw new CatalogError({ file, vendor, entry: entry.id, field: 'id', problem: 'is used by more than one entry' })
    seen.add(entry.id)
    checkEntry(entry, { file, vendor, root })
  }
  return catalog
}

/**
 * Loads every vendor's catalog.
 *
 * @example
 * for (const catalog of loadAllCatalogs()) console.log(catalog.vendor, catalog.errors.length)
 */
export function loadAllCatalogs(root: string = PROJECT_ROOT): CatalogFile[] {
  return VENDOR_IDS.map((vendor) => loadCatalog(vendor, root))
}

function schemaError(file: string, vendor: string, raw: unknown, error: z.ZodError): CatalogError {
  const issue = error.issues[0]!
  const path = issue.path.map(String)
  let entry: string | undefined
  let fieldPath = path
  if (path[0] === 'errors' && path[1] !== undefined) {
    const index = Number(path[1])
    const candidate = (raw as { errors?: Array<{ id?: unknown }> }).errors?.[index]?.id
    entry = typeof candidate === 'string' ? candidate : `#${index}`
    fieldPath = path.slice(2)
  }
  return new CatalogError({ file, vendor, entry, field: fieldPath.join('.') || undefined, problem: issue.message })
}

const snapshotCache = new Map<string, string>()

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function checkEntry(entry: CatalogEntry, where: { file: string; vendor: string; root: string }): void {
  const fail = (field: string, problem: string) => new CatalogError({ file: where.file, vendor: where.vendor, entry: entry.id, field, problem })
  const snapshotFile = join(where.root, entry.doc.snapshot)
  let snapshot = snapshotCache.get(snapshotFile)
  if (snapshot === undefined) {
    try {
      snapshot = normalizeSpace(readFileSync(snapshotFile, 'utf8'))
    } catch {
      throw fail('doc.snapshot', `file ${relative(where.root, snapshotFile)} cannot be read`)
    }
    snapshotCache.set(snapshotFile, snapshot)
  }
  if (!snapshot.includes(normalizeSpace(entry.doc.quote))) throw fail('doc.quote', `is not found in ${entry.doc.snapshot}`)
  for (const [field, paths] of [
    ['stable', entry.stable],
    ['varies', entry.varies],
  ] as const) {
    for (const path of paths) if (!hasPath(entry.body, path)) throw fail(field, `lists "${path}", which the body does not have`)
  }
  for (const leaf of leafPaths(entry.body)) {
    if (leaf === '') continue
    const inStable = entry.stable.some((path) => isWithin(leaf, path))
    const inVaries = entry.varies.some((path) => isWithin(leaf, path))
    if (inStable === inVaries) throw fail('stable', `body path "${leaf}" must be listed in exactly one of stable or varies`)
  }
}
