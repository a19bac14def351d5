import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './write-file-atomic.ts'

/**
 * What the server said identifies the accepted snapshot's page, for conditional requests:
 * stored as `providers/doc-snapshots/<vendor>.http.json` when `--live --accept` writes a snapshot.
 */
export interface PageValidators {
  url: string
  etag?: string
  lastModified?: string
}

/**
 * The validators file of a vendor, relative to the project root.
 *
 * @example
 * validatorsPath('usta') // 'providers/doc-snapshots/usta.http.json'
 */
export function validatorsPath(vendor: string): string {
  return `providers/doc-snapshots/${vendor}.http.json`
}

/**
 * Reads a vendor's stored validators; none (undefined) when the file is missing or unusable,
 * so the page is fetched in full.
 *
 * @example
 * readValidators(root, 'usta')?.etag // '"abc123"'
 */
export function readValidators(root: string, vendor: string): PageValidators | undefined {
  try {
    const raw = JSON.parse(readFileSync(join(root, validatorsPath(vendor)), 'utf8')) as Partial<PageValidators>
    if (typeof raw.url !== 'string') return undefined
    return {
      url: raw.url,
      ...(typeof raw.etag === 'string' ? { etag: raw.etag } : {}),
      ...(typeof raw.lastModified === 'string' ? { lastModified: raw.lastModified } : {}),
    }
  } catch {
    return undefined
  }
}

/**
 * Stores (or, given none, removes) a vendor's validators beside its snapshot.
 *
 * @example
 * writeValidators(root, 'usta', { url, etag: '"abc123"' })
 */
export function writeValidators(root: string, vendor: string, validators: PageValidators | undefined): void {
  const file = join(root, validatorsPath(vendor))
  if (validators === undefined || (validators.etag === undefined && validators.lastModified === undefined)) rmSync(file, { force: true })
  else writeFileAtomic(file, `${JSON.stringify(validators, null, 2)}\n`)
}
