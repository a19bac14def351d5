import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { readDocPage, type PageForm } from '../../../providers/doc-pages/extract-doc-page.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { catalogEntries } from '../../../scripts/lib/drift/catalog-entries.ts'
import { comparePage, type PageComparison } from '../../../scripts/lib/drift/compare-page.ts'
import type { DriftChange } from '../../../scripts/lib/drift/drift-report.ts'

/** Compares a page (as text or HTML) with the project's catalog for that vendor. */
export function driftOfPage(vendor: VendorId, page: string, form: PageForm = 'text'): PageComparison {
  const read = readDocPage({ vendor, source: `test:${vendor}.${form === 'html' ? 'html' : 'txt'}`, bytes: Buffer.from(page), form })
  return comparePage(read.page, catalogEntries(vendor, PROJECT_ROOT))
}

/** The part of a change a test pins: kind, entry, field, and for `added` the code. */
export interface ChangeKey {
  kind: DriftChange['kind']
  id?: string
  field?: string
  code?: string | number | null
  direction?: DriftChange['direction']
}

/** Reduces changes to sortable keys, so a test can say "exactly these changes". */
export function changeKeys(changes: readonly DriftChange[]): ChangeKey[] {
  return changes
    .map((change) => {
      const key: ChangeKey = { kind: change.kind }
      if (change.id !== undefined) key.id = change.id
      if (change.field !== undefined) key.field = change.field
      if (change.kind === 'added') key.code = change.code
      if (change.direction === 'webhook') key.direction = 'webhook'
      return key
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/** The keys every response entry of a vendor's catalog gives when the page changes one field for all of them. */
export function everyEntryChanged(vendor: VendorId, field: string): ChangeKey[] {
  return changeKeys(
    catalogEntries(vendor, PROJECT_ROOT)
      .filter((entry) => entry.direction === 'response' && entry.reading === undefined)
      .map((entry) => ({
        kind: 'changed',
        id: entry.id,
        field: field as DriftChange['field'],
        status: entry.status,
        code: entry.code,
        detail: '',
        direction: 'response',
      })),
  )
}
