import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import { isJsonObject } from '../doc-pages/json-examples.ts'
import docPage from './doc-page.json' with { type: 'json' }

/**
 * Reads PlusAuth's error page ("Rest API Errors Reference", Turkish chrome, English table) as
 * `doc-page.json` configures it: one error per row of the "PlusAuth Error Responses" table (status
 * or `5xx`, error name, description); the prose's "Response Content-Type will be …" applies to all
 * of them; the JSON block shows the general error structure. Its own quirk: that structure writes
 * `status` as a quoted string while the table gives numbers, which is reported.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'plusauth', source: 'plusauth.txt' }).errors[0]
 * // { statuses: [400], code: 'invalid_request', description: 'The request was unacceptable, …', … }
 */
export const docExtractor = configuredExtractor(docPage, () => ({
  finish: (page) =>
    page.envelopes.some((envelope) => isJsonObject(envelope) && typeof envelope.status === 'string')
      ? {
          ...page,
          warnings: [
            ...page.warnings,
            { kind: 'status-type-unclear', detail: 'the error structure writes "status" as a quoted string while the table gives numbers' },
          ],
        }
      : page,
}))
