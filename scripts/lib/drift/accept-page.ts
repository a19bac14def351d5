import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { comparableErrors } from '../../../providers/doc-pages/comparable-errors.ts'
import { loadDocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import { readDocPage, type ReadDocPage } from '../../../providers/doc-pages/extract-doc-page.ts'
import { renderPageText } from '../../../providers/doc-pages/page-text.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { snapshotPath } from './page-source.ts'
import { writeValidators, type PageValidators } from './page-validators.ts'
import { writeFileAtomic } from './write-file-atomic.ts'

/**
 * Takes a page as the vendor's new baseline snapshot (`--accept`): a text capture is stored as
 * it is; an HTML page is stored as its text rendering, written like the vendor's capture, after
 * checking that the rendering reads as the same errors. The write is atomic. Validators from a
 * live fetch are stored beside it; otherwise stale ones are removed. Returns the snapshot path.
 *
 * @example
 * acceptPage({ root, vendor: 'usta', read, validators }) // 'providers/doc-snapshots/usta.txt'
 */
export function acceptPage(input: { root: string; vendor: VendorId; read: ReadDocPage; validators?: PageValidators | undefined }): string {
  const file = snapshotPath(input.vendor)
  let text = input.read.text
  if (input.read.form === 'html') {
    text = renderPageText(input.read.blocks, loadDocPageData(input.vendor, input.root).cellSeparator)
    const reread = readDocPage({ vendor: input.vendor, source: `${file} (rendered)`, bytes: Buffer.from(text), form: 'text' })
    if (!isDeepStrictEqual(comparableErrors(reread.page), comparableErrors(input.read.page))) {
      throw new Error(`${input.vendor}: the page's text rendering does not read as the same errors; the snapshot was not replaced`)
    }
  }
  writeFileAtomic(join(input.root, file), text)
  writeValidators(input.root, input.vendor, input.validators)
  return file
}
