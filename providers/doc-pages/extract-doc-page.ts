import { conventionExport } from '../vendor-conventions.ts'
import type { VendorId } from '../vendor-ids.ts'
import type { DocExtractor } from './doc-extractor.ts'
import { DOC_EXTRACTOR_MODULES } from './doc-extractors.generated.ts'
import { DocPageError } from './doc-page-error.ts'
import type { ExtractedPage } from './documented-error.ts'
import { htmlBlocks } from './html-blocks.ts'
import type { PageBlock } from './page-block.ts'
import { decodePage } from './page-guards.ts'
import { textBlocks } from './text-blocks.ts'

/** The form a page comes in: a plain-text capture, or the HTML the live page serves. */
export type PageForm = 'text' | 'html'

/**
 * A vendor's extractor (`providers/<id>/doc-extractor.ts`), or an error naming the file to write.
 *
 * @example
 * docExtractorOf(VENDOR_IDS[0])(blocks, origin).errors
 */
export function docExtractorOf(vendor: VendorId): DocExtractor {
  return conventionExport<DocExtractor>('docExtractor', vendor, DOC_EXTRACTOR_MODULES[vendor])
}

/** A page read by its vendor's extractor, with the blocks it was read from (to render it as a text snapshot). */
export interface ReadDocPage {
  page: ExtractedPage
  blocks: PageBlock[]
  form: PageForm
  /** The page's text as decoded (HTML source for the HTML form). */
  text: string
}

/**
 * Reads one vendor page from its bytes: checks them (size, encoding, binary, blank), parses the
 * form (a text capture, or HTML with parse5; text that is an HTML document is read as HTML) and
 * runs the vendor's extractor. Throws a `DocPageError` for a page that cannot be compared,
 * including a page where no documented error is found.
 *
 * @example
 * const { page } = readDocPage({ vendor: 'usta', source: 'usta.txt', bytes: readFileSync('usta.txt'), form: 'text' })
 */
export function readDocPage(input: { vendor: VendorId; source: string; bytes: Uint8Array; form: PageForm }): ReadDocPage {
  const origin = { vendor: input.vendor, source: input.source }
  const text = decodePage(input.bytes, origin)
  const form: PageForm = input.form === 'text' && /^\s*<(!doctype html|html[\s>])/i.test(text) ? 'html' : input.form
  const blocks = form === 'html' ? htmlBlocks(text) : textBlocks(text)
  const page = docExtractorOf(input.vendor)(blocks, origin)
  if (page.errors.length === 0)
    throw new DocPageError({ ...origin, problem: 'no-errors', detail: 'the page has the landmarks of the error page but no documented error was found' })
  return { page, blocks, form, text }
}
