import { compileReading, type CompiledReading } from './compiled-reading.ts'
import type { DocExtractor } from './doc-extractor.ts'
import { parseDocPageData } from './doc-page-data.ts'
import type { DocumentedError, ExtractedPage } from './documented-error.ts'
import { applyProseFacts } from './page-facts.ts'
import { requireMarkers } from './page-markers.ts'
import { readBlocks, type ClaimBlock } from './read-blocks.ts'

/**
 * What is really one vendor's own in reading its page, beside the configuration: made fresh for
 * each page read, so a quirk may keep what it saw.
 */
export interface ReadingQuirks {
  /** Takes blocks the configuration does not read (or only looks at them). */
  claim?: ClaimBlock
  /** Errors the quirk read, added after the configured ones, before the page's prose applies to all of them. */
  errors?(): DocumentedError[]
  /** The finished page, to add or order warnings. */
  finish?(page: ExtractedPage): ExtractedPage
}

/**
 * A vendor's extractor made from its `doc-page.json`: the page's landmarks are checked, its sections,
 * status and code tables and JSON examples read as configured, and what the prose states of all
 * errors (a content type, a format) applied to them, with warnings where it contradicts itself.
 * The data is validated on first use, so a broken file fails its own vendor, naming the file.
 *
 * @example
 * import docPage from './doc-page.json' with { type: 'json' }
 * export const docExtractor = configuredExtractor(docPage)
 */
export function configuredExtractor(docPage: unknown, quirks: () => ReadingQuirks = () => ({})): DocExtractor {
  let reading: CompiledReading | undefined
  return (blocks, origin) => {
    reading ??= compileReading(parseDocPageData(docPage, origin.vendor))
    requireMarkers(blocks, reading.markers, origin)
    const quirk = quirks()
    const read = readBlocks(blocks, reading, quirk.claim)
    const errors = [...read.errors, ...(quirk.errors?.() ?? [])]
    const page: ExtractedPage = {
      vendor: origin.vendor,
      errors,
      envelopes: read.envelopes,
      warnings: [
        ...read.warnings,
        ...applyProseFacts(errors, read.prose.response.join('\n'), 'response'),
        ...applyProseFacts(errors, read.prose.webhook.join('\n'), 'webhook'),
      ],
    }
    return quirk.finish ? quirk.finish(page) : page
  }
}
