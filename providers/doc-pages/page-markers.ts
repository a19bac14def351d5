import { DocPageError } from './doc-page-error.ts'
import { blockText, type PageBlock } from './page-block.ts'

/** Where a page came from, for errors: the vendor it should belong to and the file or URL. */
export interface PageOrigin {
  vendor: string
  source: string
}

/**
 * Checks that a page has every landmark of the vendor's error page (its title, its table
 * headers) and throws a {@link DocPageError} naming the first one missing, so another site's
 * page is refused instead of read as "every error was removed".
 *
 * @example
 * requireMarkers(blocks, { 'the "Error Codes" heading': /^Error Codes$/ }, { vendor: 'usta', source: 'usta.html' })
 */
export function requireMarkers(blocks: readonly PageBlock[], markers: Readonly<Record<string, RegExp>>, origin: PageOrigin): void {
  for (const [landmark, pattern] of Object.entries(markers)) {
    if (!blocks.some((block) => pattern.test(blockText(block)))) {
      throw new DocPageError({ ...origin, problem: 'not-the-vendor-page', detail: `${landmark} is not on the page` })
    }
  }
}
