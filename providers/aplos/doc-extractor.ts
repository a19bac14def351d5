import type { DocExtractor } from '../doc-pages/doc-extractor.ts'
import { blankError, type DocumentedError, type PageWarning } from '../doc-pages/documented-error.ts'
import { isJsonObject, jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText } from '../doc-pages/page-block.ts'
import { applyProseFacts } from '../doc-pages/page-facts.ts'
import { requireMarkers } from '../doc-pages/page-markers.ts'

/** Landmarks of Aplos's "Error Handling" page. */
const MARKERS = {
  'the "HTTP Codes" heading': /^HTTP Codes$/i,
  'the "Exception Codes" heading': /^Exception Codes$/i,
}

/** "401: Unauthorized The request was not authorized." (status list) or "1001: Client Disabled The client is disabled." (code list). */
const ENTRY = /^(\d{3,5}): ?(.+)$/

/**
 * Reads Aplos's error page. Under "HTTP Codes": one error per status line ("401: Unauthorized"),
 * and one per example body under it (its `status`, `exception.code` and `exception.message`).
 * Under "Exception Codes": one error per code line, with no status (the page gives none per code).
 * The page separates a line's name from its description with a no-break space.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'aplos', source: 'aplos.txt' }).errors.find((e) => e.code === 1002)
 * // { statuses: [401], code: 1002, message: 'Token could not be located.', … }
 */
export const docExtractor: DocExtractor = (blocks, origin) => {
  requireMarkers(blocks, MARKERS, origin)
  const errors: DocumentedError[] = []
  const warnings: PageWarning[] = []
  const prose: string[] = []
  let part: 'intro' | 'statuses' | 'codes' = 'intro'
  let section = ''
  let status: DocumentedError | undefined
  let label = ''
  for (const block of blocks) {
    const line = blockText(block, ' ')
    if (block.kind !== 'code' && /^HTTP Codes$/i.test(line)) part = 'statuses'
    if (block.kind !== 'code' && /^Exception Codes$/i.test(line)) part = 'codes'
    const entry = block.kind === 'code' ? null : ENTRY.exec(line)
    if (entry && part !== 'intro') {
      const [name, description] = splitName(entry[2]!)
      const number = Number(entry[1])
      const error: DocumentedError = { ...blankError(section, line), name, description }
      if (part === 'statuses') {
        status = { ...error, section: 'HTTP Codes', statuses: [number] }
        errors.push(status)
        label = ''
      } else {
        errors.push({ ...error, code: number })
      }
    } else if (block.kind === 'code' && part === 'statuses') {
      for (const body of jsonValuesIn(block.text)) errors.push(exampleError(body, status, [label, block.text].join('\n'), warnings))
    } else if (block.kind !== 'code') {
      prose.push(line)
      if (part === 'codes') section = line
      if (/^Example JSON/i.test(line)) label = line
    }
  }
  warnings.push(...applyProseFacts(errors, prose.join('\n'), 'response'))
  return { vendor: origin.vendor, errors, envelopes: [], warnings }
}

/** Splits "Unauthorized\u00a0The request was not authorized." at the no-break space; without one, the whole text is the description. */
function splitName(text: string): [string | null, string | null] {
  const at = text.indexOf('\u00a0')
  if (at === -1) return [null, text.trim() || null]
  return [text.slice(0, at).trim() || null, text.slice(at + 1).trim() || null]
}

/** The error an example body under a status line documents. */
function exampleError(body: unknown, status: DocumentedError | undefined, evidence: string, warnings: PageWarning[]): DocumentedError {
  const exception = isJsonObject(body) && isJsonObject(body.exception) ? body.exception : {}
  const bodyStatus = isJsonObject(body) && typeof body.status === 'number' ? body.status : null
  const headingStatus = status?.statuses[0] ?? null
  if (bodyStatus !== null && headingStatus !== null && bodyStatus !== headingStatus) {
    warnings.push({ kind: 'example-status-differs', detail: `an example under "${status?.evidence}" has status ${bodyStatus}` })
  }
  return {
    ...blankError(status?.evidence ?? '', evidence),
    statuses: [...new Set([headingStatus, bodyStatus].filter((value): value is number => value !== null))],
    code: typeof exception.code === 'number' || typeof exception.code === 'string' ? exception.code : null,
    message: typeof exception.message === 'string' ? exception.message : null,
    examples: [body],
  }
}
