import type { DocumentedError, StatusClass } from './documented-error.ts'
import type { FieldTexts } from './reading-fields.ts'

/** The fields of a documented error that the page's words give. */
export type ReadValues = Pick<DocumentedError, 'statuses' | 'statusClass' | 'code' | 'name' | 'message' | 'description'>

/**
 * Reads a status as a page writes it: `404`, a list (`500, 502, 503, 504`) or a range (`5xx`, `4XX`).
 * Anything else states no status.
 *
 * @example
 * statusOf('500, 502') // { statuses: [500, 502], statusClass: null }
 * statusOf('5XX') // { statuses: [], statusClass: '5xx' }
 */
export function statusOf(text: string | undefined): Pick<DocumentedError, 'statuses' | 'statusClass'> {
  const trimmed = (text ?? '').trim()
  if (/^\d{3,5}( ?, ?\d{3,5})*$/.test(trimmed)) return { statuses: trimmed.split(',').map((status) => Number(status.trim())), statusClass: null }
  if (/^[45]xx$/i.test(trimmed)) return { statuses: [], statusClass: trimmed.toLowerCase() as StatusClass }
  return { statuses: [], statusClass: null }
}

/**
 * The values of read field texts: the status parsed, a code of digits as a number (as the page
 * writes it), every text trimmed, and an empty one as null.
 *
 * @example
 * readValues({ status: '404', code: 'entity_not_found', description: "Requested resource doesn't exist." })
 * // { statuses: [404], statusClass: null, code: 'entity_not_found', name: null, message: null, description: "Requested resource doesn't exist." }
 */
export function readValues(texts: FieldTexts): ReadValues {
  const text = (field: keyof FieldTexts) => texts[field]?.trim() || null
  const code = text('code')
  return {
    ...statusOf(texts.status),
    code: code !== null && /^\d+$/.test(code) ? Number(code) : code,
    name: text('name'),
    message: text('message'),
    description: text('description'),
  }
}

/**
 * Whether read values document an error: an error status or range, or no status at all (a code table).
 *
 * @example
 * documentsError({ statuses: [200], statusClass: null }, true) // false
 */
export function documentsError(values: Pick<ReadValues, 'statuses' | 'statusClass'>, hasStatus: boolean): boolean {
  if (!hasStatus) return true
  return values.statusClass !== null || values.statuses.some((status) => status >= 400)
}
