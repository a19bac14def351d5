import { statusLabel, type DocumentedError } from '../../../providers/doc-pages/documented-error.ts'
import { normalizeWords } from '../../../providers/doc-pages/page-text.ts'
import { shapeOf } from './body-shape.ts'
import { isAssumed, type ComparableEntry } from './comparable-entry.ts'
import type { ChangedField, DriftChange } from './drift-report.ts'

/**
 * The ways a documented error differs from the catalog entry paired with it: status, content
 * type, code, message, body shape. A value the catalog marks as assumed is not drift while the
 * page states none; a value the page states differently is, assumed or not. A catalog value the
 * page no longer states (and the catalog does not mark as assumed) is drift too.
 *
 * @example
 * compareFields(entry, error, page.envelopes) // [{ kind: 'changed', field: 'status', … }]
 */
export function compareFields(entry: ComparableEntry, error: DocumentedError, envelopes: readonly unknown[]): DriftChange[] {
  const changes: DriftChange[] = []
  const change = (field: ChangedField, was: unknown, now: unknown, detail: string) =>
    changes.push({
      kind: 'changed',
      status: entry.status,
      code: entry.code ?? entry.message,
      detail: `${field}: ${detail}`,
      id: entry.id,
      field,
      was,
      now,
      direction: entry.direction,
    })
  const unstated = (field: ChangedField, was: unknown) => {
    if (!isAssumed(entry, field)) change(field, was, null, `the catalog has ${JSON.stringify(was)} as documented, the page no longer states it`)
  }

  const status = statusLabel(error)
  if (status === null) unstated('status', entry.status)
  else if (!allowsStatus(error, entry.status)) change('status', entry.status, status, `the catalog has ${entry.status}, the page says ${status}`)

  const catalogType = mediaType(entry.contentType)
  if (error.contentType !== null) {
    if (mediaType(error.contentType) !== catalogType)
      change('contentType', entry.contentType, error.contentType, `the catalog has ${entry.contentType}, the page says ${error.contentType}`)
  } else if (error.format !== null) {
    if (formatOf(catalogType) !== error.format)
      change('contentType', entry.contentType, error.format, `the catalog has ${entry.contentType}, the page says the body is ${error.format}`)
  } else unstated('contentType', entry.contentType)

  if (error.code !== null) {
    if (String(error.code) !== String(entry.code))
      change('code', entry.code, error.code, `the catalog has ${JSON.stringify(entry.code)}, the page says ${JSON.stringify(error.code)}`)
  } else if (entry.code !== null) unstated('code', entry.code)

  if (entry.message !== null && !isAssumed(entry, 'message')) {
    const texts = [error.message, error.description, error.name].filter((text): text is string => text !== null)
    const message = normalizeWords(entry.message)
    if (texts.length === 0) unstated('message', entry.message)
    else if (!texts.some((text) => normalizeWords(text).includes(message))) {
      const now = error.message ?? error.description ?? error.name
      change('message', entry.message, now, `the catalog has ${JSON.stringify(entry.message)}, the page says ${JSON.stringify(now)}`)
    }
  }

  if (!isAssumed(entry, 'body')) {
    const shown = error.examples.length > 0 ? error.examples : envelopes
    const shapes = [...new Set(shown.map(shapeOf))]
    const ours = shapeOf(entry.body)
    if (shapes.length > 0 && !shapes.includes(ours))
      change('body', ours, shapes.join(' | '), `the catalog's body has ${ours}; the page's examples have ${shapes.join(' | ')}`)
  }
  return changes
}

function allowsStatus(error: DocumentedError, status: number): boolean {
  if (error.statuses.length > 0) return error.statuses.includes(status)
  return error.statusClass !== null && error.statusClass[0] === String(status)[0]
}

/** A media type without parameters, lower case. */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase()
}

/** The body format a media type names: `json` for `application/json` and `application/…+json`. */
function formatOf(type: string): string {
  const subtype = type.split('/')[1] ?? ''
  const suffix = subtype.includes('+') ? subtype.slice(subtype.lastIndexOf('+') + 1) : subtype
  if (type === 'text/plain') return 'plain text'
  return suffix
}
