import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import type { DriftChange } from './drift-results.ts'

/**
 * The statuses a change names: `404`, `'500, 502'`, a class like `'5xx'`, or none (null).
 *
 * @example
 * statusMatches('4xx', 404) // true
 */
export function statusMatches(changeStatus: DriftChange['status'], status: number): boolean {
  if (changeStatus === null || changeStatus === '') return true
  if (typeof changeStatus === 'number') return changeStatus === status
  const classMatch = /^([1-5])xx$/i.exec(changeStatus.trim())
  if (classMatch) return Math.floor(status / 100) === Number(classMatch[1])
  return (changeStatus.match(/\d{3}/g) ?? []).map(Number).includes(status)
}

/**
 * Whether a drift change is about a catalog entry: the entry id when the change names one
 * (`id`, or `entry`), else the same status and the same code (or message, where the vendor has no
 * code). An `added` change is about no entry: the page documents something the catalog lacks.
 *
 * @example
 * changeConcerns({ kind: 'changed', status: 404, code: 'not_found', detail: '' }, entry)
 */
export function changeConcerns(change: DriftChange, entry: CatalogEntry): boolean {
  if (change.kind === 'added') return false
  const named = change.id ?? change.entry
  if (typeof named === 'string') return named === entry.id
  if (change.status === null && change.code === null) return false
  if (!statusMatches(change.status, entry.status)) return false
  if (change.code === null) return true
  const code = String(change.code)
  return code === String(entry.code ?? '') || code === entry.message
}
