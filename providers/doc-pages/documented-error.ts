/** A range of statuses a page names instead of an exact one ("5xx errors", "a 4XX code"). */
export type StatusClass = '4xx' | '5xx'

/** Who answers with the error: the vendor's API, or us, answering a call the vendor makes (a webhook). */
export type ErrorDirection = 'response' | 'webhook'

/**
 * One error as the vendor's page documents it today, in the page's words: one per place that
 * documents it (a table row, an example body), so a code listed in a table and shown in an
 * example gives two. Every field is what the page says, or null where it says nothing: an
 * extractor never fills a gap with a guess.
 *
 * @example
 * const error: DocumentedError = { statuses: [404], statusClass: null, code: 'entity_not_found', name: null,
 *   message: null, description: "Requested resource doesn't exist.", examples: [], contentType: 'application/json',
 *   format: 'json', direction: 'response', section: 'PlusAuth Error Responses',
 *   evidence: "404 entity_not_found Requested resource doesn't exist." }
 */
export interface DocumentedError {
  /** The exact HTTP statuses the page gives for it (several when one row lists several). */
  statuses: number[]
  /** The status range, when the page gives only a range. */
  statusClass: StatusClass | null
  /** The vendor's error code or name (a number where the page writes digits). */
  code: string | number | null
  /** A short title the page gives it ("Not found", "Client Disabled"). */
  name: string | null
  /** The message the response carries, as the page shows it. */
  message: string | null
  /** The page's explanation. */
  description: string | null
  /** Example response bodies the page shows for this error (parsed JSON). */
  examples: unknown[]
  /** The media type the page states for this error's response, or null. */
  contentType: string | null
  /** The body format the page states without a media type ("returned in JSON format"), lower case, or null. */
  format: string | null
  direction: ErrorDirection
  /** The heading or table it was found under, for reports. */
  section: string
  /** The page's text it was read from (the row, the example with its heading), as the form gave it. */
  evidence: string
}

/** Something the page says that contradicts itself; reported, never counted as drift. */
export interface PageWarning {
  /** A short kebab-case kind: `two-envelope-shapes`, `status-only-in-prose`, `example-status-differs`, ... */
  kind: string
  detail: string
}

/**
 * What an extractor read from one vendor page.
 *
 * @example
 * const page = extractDocPage('plusauth', text, 'text')
 * page.errors.length // 14
 */
export interface ExtractedPage {
  vendor: string
  errors: DocumentedError[]
  /** Example bodies the page gives as the general error format, not tied to one error. */
  envelopes: unknown[]
  warnings: PageWarning[]
}

/**
 * Says in a few characters which statuses an error has: `404`, `500, 502`, `5xx`, or null.
 *
 * @example
 * statusLabel({ statuses: [], statusClass: '5xx' }) // '5xx'
 */
export function statusLabel(error: Pick<DocumentedError, 'statuses' | 'statusClass'>): string | null {
  if (error.statuses.length > 0) return error.statuses.join(', ')
  return error.statusClass
}

/**
 * A documented error with every field empty, to be filled by an extractor.
 *
 * @example
 * const error = { ...blankError('HTTP Codes', line), statuses: [403], name: 'Forbidden' }
 */
export function blankError(section: string, evidence: string, direction: ErrorDirection = 'response'): DocumentedError {
  return {
    statuses: [],
    statusClass: null,
    code: null,
    name: null,
    message: null,
    description: null,
    examples: [],
    contentType: null,
    format: null,
    direction,
    section,
    evidence,
  }
}
