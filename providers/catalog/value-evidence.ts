import type { CatalogEntry } from './catalog-schema.ts'
import { isWithin } from './body-paths.ts'

/** What backs a contracted value: the vendor's error page, its API reference, or our assumption. */
export type Evidence = 'error-page' | 'api-reference' | 'assumption'

/** One value a contract pins or matches, and what backs it. */
export interface ContractedValue {
  /** `status`, `contentType`, `headers.<name>` or `body.<path>`. */
  field: string
  evidence: Evidence
}

/**
 * Every value an entry's contract pins or matches (status, content type, promised headers, each
 * stable or varying body path), each with what backs it: an assumption when `assumed` covers it,
 * the API reference when `reference` does, else the error page the entry quotes.
 *
 * @example
 * contractedValues(entry) // [{ field: 'status', evidence: 'error-page' }, { field: 'contentType', evidence: 'assumption' }, …]
 */
export function contractedValues(entry: CatalogEntry): ContractedValue[] {
  const fields = [
    'status',
    'contentType',
    ...Object.keys(entry.headers).map((name) => `headers.${name}`),
    ...[...entry.stable, ...entry.varies].map((path) => `body.${path}`),
  ]
  return fields.map((field) => ({ field, evidence: evidenceFor(entry, field) }))
}

/**
 * Counts an entry list's contracted values by what backs them.
 *
 * @example
 * evidenceCounts(catalog.errors) // { 'error-page': 80, 'api-reference': 3, assumption: 21 }
 */
export function evidenceCounts(entries: readonly CatalogEntry[]): Record<Evidence, number> {
  const counts: Record<Evidence, number> = { 'error-page': 0, 'api-reference': 0, assumption: 0 }
  for (const entry of entries) for (const value of contractedValues(entry)) counts[value.evidence] += 1
  return counts
}

function evidenceFor(entry: CatalogEntry, field: string): Evidence {
  if (entry.assumed.some((assumption) => isWithin(field, assumption.field))) return 'assumption'
  if (entry.reference.some((backing) => isWithin(field, backing.field))) return 'api-reference'
  return 'error-page'
}
