import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { readDocPage } from '../../../providers/doc-pages/extract-doc-page.ts'
import type { ExtractedPage } from '../../../providers/doc-pages/documented-error.ts'
import { conventionFile } from '../../../providers/vendor-conventions.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'

/**
 * A vendor's stored page (`providers/doc-snapshots/<id>.txt`).
 *
 * @example
 * snapshot(vendor).includes('Error') // true
 */
export function snapshot(vendor: VendorId): string {
  return readFileSync(join(PROJECT_ROOT, conventionFile('snapshot', vendor)), 'utf8')
}

/**
 * A page (default: the stored snapshot) read by the vendor's extractor as a text capture.
 *
 * @example
 * extract(vendor).errors.length
 */
export function extract(vendor: VendorId, page: string = snapshot(vendor)): ExtractedPage {
  return readDocPage({ vendor, source: `${vendor}.txt`, bytes: Buffer.from(page), form: 'text' }).page
}

/**
 * A vendor's page as the live site serves it (`providers/<id>/doc-page.html`).
 *
 * @example
 * htmlPage(vendor).startsWith('<!DOCTYPE') // true
 */
export function htmlPage(vendor: VendorId): string {
  return readFileSync(join(PROJECT_ROOT, conventionFile('docPageHtml', vendor)), 'utf8')
}
