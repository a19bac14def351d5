import type { DocExtractor } from '../doc-pages/doc-extractor.ts'
import { blankError, type DocumentedError } from '../doc-pages/documented-error.ts'
import { isJsonObject, jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText } from '../doc-pages/page-block.ts'
import { applyProseFacts } from '../doc-pages/page-facts.ts'
import { requireMarkers } from '../doc-pages/page-markers.ts'

/** Landmarks of PlusAuth's "Rest API Errors Reference" page (Turkish chrome, English table). */
const MARKERS = {
  'the name "PlusAuth"': /PlusAuth/,
  'the "PlusAuth Error Responses" table title': /Error Responses$/i,
}

/** A row of the error table: status (or `5xx`), error name, description. */
const ROW = /^(\d{3}|[45]xx) ([a-z][a-z0-9_]*) (.+)$/i

/**
 * Reads PlusAuth's error page: one error per table row (status, error name, description); the
 * prose's "Response Content-Type will be …" applies to all of them; the JSON block shows the
 * general error structure.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'plusauth', source: 'plusauth.txt' }).errors[0]
 * // { statuses: [400], code: 'invalid_request', description: 'The request was unacceptable, …', … }
 */
export const docExtractor: DocExtractor = (blocks, origin) => {
  requireMarkers(blocks, MARKERS, origin)
  const errors: DocumentedError[] = []
  const envelopes: unknown[] = []
  const prose: string[] = []
  let section = ''
  for (const block of blocks) {
    if (block.kind === 'code') envelopes.push(...jsonValuesIn(block.text))
    if (block.kind === 'code' || (block.kind === 'row' && block.header)) continue
    const line = blockText(block, ' ')
    const row = block.kind === 'heading' || !MARKERS['the "PlusAuth Error Responses" table title'].test(section) ? null : ROW.exec(line)
    if (!row) {
      prose.push(line)
      if (block.kind === 'heading' || MARKERS['the "PlusAuth Error Responses" table title'].test(line)) section = line
      continue
    }
    const [, status, name, description] = row as unknown as [string, string, string, string]
    const exact = /^\d{3}$/.test(status)
    errors.push({
      ...blankError(section, line),
      statuses: exact ? [Number(status)] : [],
      statusClass: exact ? null : (status.toLowerCase() as '4xx' | '5xx'),
      code: name,
      description,
    })
  }
  const warnings = applyProseFacts(errors, prose.join('\n'), 'response')
  if (envelopes.some((envelope) => isJsonObject(envelope) && typeof envelope.status === 'string')) {
    warnings.push({ kind: 'status-type-unclear', detail: 'the error structure writes "status" as a quoted string while the table gives numbers' })
  }
  return { vendor: origin.vendor, errors, envelopes, warnings }
}
