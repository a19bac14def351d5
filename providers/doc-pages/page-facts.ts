import type { DocumentedError, ErrorDirection, PageWarning } from './documented-error.ts'
import { repeatedStatusClasses, statedContentTypes, statedFormats, statusesMentioned } from './page-statements.ts'

/**
 * Applies what a page's prose says of all its errors in one direction (the response's content
 * type or format) to those errors, and returns warnings for what the prose contradicts: two
 * different content types, a status the prose mentions that no documented error has, a status
 * range named twice in one sentence.
 *
 * @example
 * const warnings = applyProseFacts(errors, 'Response Content-Type will be application/json.', 'response')
 */
export function applyProseFacts(errors: DocumentedError[], prose: string, direction: ErrorDirection): PageWarning[] {
  const warnings: PageWarning[] = []
  const mine = errors.filter((error) => error.direction === direction)
  const contentTypes = [...new Set(statedContentTypes(prose))]
  if (contentTypes.length > 1) warnings.push({ kind: 'several-content-types', detail: `the page states ${contentTypes.join(' and ')} for ${direction}s` })
  const formats = [...new Set(statedFormats(prose))]
  if (formats.length > 1) warnings.push({ kind: 'several-formats', detail: `the page states ${formats.join(' and ')} formats for ${direction}s` })
  for (const error of mine) {
    error.contentType ??= contentTypes[0] ?? null
    error.format ??= formats[0] ?? null
  }
  const documented = new Set(mine.flatMap((error) => error.statuses))
  for (const status of statusesMentioned(prose)) {
    if (!documented.has(status))
      warnings.push({ kind: 'status-only-in-prose', detail: `the prose mentions ${status}, which no documented ${direction} error has` })
  }
  for (const { statusClass, sentence } of repeatedStatusClasses(prose)) {
    warnings.push({ kind: 'status-range-repeated', detail: `one sentence names ${statusClass} twice: "${sentence}"` })
  }
  return warnings
}
