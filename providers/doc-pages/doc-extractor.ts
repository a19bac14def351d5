import type { ExtractedPage } from './documented-error.ts'
import type { PageBlock } from './page-block.ts'
import type { PageOrigin } from './page-markers.ts'

/**
 * Reads one vendor's error page, as blocks, into its documented errors. It throws a
 * `DocPageError` when the page is not that vendor's error page. An extractor is written from the
 * page's structure alone and never reads the catalog, so it can disagree with it.
 *
 * @example
 * const docExtractor: DocExtractor = (blocks, origin) => ({ vendor: origin.vendor, errors: [], envelopes: [], warnings: [] })
 */
export type DocExtractor = (blocks: readonly PageBlock[], origin: PageOrigin) => ExtractedPage

/** What `providers/<id>/doc-extractor.ts` exports. */
export interface DocExtractorModule {
  docExtractor: DocExtractor
}
