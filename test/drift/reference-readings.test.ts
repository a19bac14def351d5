import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { readDocPage } from '../../providers/doc-pages/extract-doc-page.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { catalogEntries } from '../../scripts/lib/drift/catalog-entries.ts'
import { entriesOfCatalog, isAssumed } from '../../scripts/lib/drift/comparable-entry.ts'
import { comparePage } from '../../scripts/lib/drift/compare-page.ts'
import { snapshotPath } from '../../scripts/lib/drift/page-source.ts'

describe('values the API reference backs', () => {
  it('are not drift while the page states none, like assumed values', () => {
    const [entry] = entriesOfCatalog({
      ...loadCatalog(VENDOR_IDS[0]),
      errors: [{ ...loadCatalog(VENDOR_IDS[0]).errors[0]!, assumed: [], reference: [{ field: 'contentType', source: 'spec', at: 'x' }] }],
    })
    expect(isAssumed(entry!, 'contentType')).toBe(true)
    expect(isAssumed(entry!, 'status')).toBe(false)
  })
})

describe('catalog entries that keep the API reference reading of an error', () => {
  const vendor = VENDOR_IDS[0]
  const page = readDocPage({ vendor, source: snapshotPath(vendor), bytes: readFileSync(join(PROJECT_ROOT, snapshotPath(vendor))), form: 'text' }).page
  // The catalog's own readings are left out, so the one added below is the only one.
  const entries = catalogEntries(vendor, PROJECT_ROOT).filter((entry) => entry.reading === undefined)
  const first = entries[0]!
  const reading = {
    ...first,
    id: `${first.id}-per-reference`,
    body: { error: 'other' },
    reading: { from: 'api-reference', source: 'spec', at: 'paths', says: 'a body of {"error"}' },
  }

  it('are reported as a page-vs-api-reference warning naming the entry and the source', () => {
    const { warnings } = comparePage(page, [...entries, reading])
    expect(warnings.filter((warning) => warning.kind === 'page-vs-api-reference')).toEqual([
      { kind: 'page-vs-api-reference', detail: expect.stringMatching(new RegExp(`^${reading.id}: .*api-reference \\(spec, paths\\) says a body of`)) },
    ])
  })

  it('are never drift: the page does not have to document them', () => {
    const without = comparePage(page, entries)
    const withReading = comparePage(page, [...entries, reading])
    expect(withReading.changes).toEqual(without.changes)
    expect(withReading.paired).toBe(without.paired)
  })
})
