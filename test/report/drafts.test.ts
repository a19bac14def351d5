import { describe, expect, it } from 'vitest'
import type { CatalogFile } from '../../providers/catalog/catalog-schema.ts'
import { loadAllCatalogs } from '../../providers/catalog/load-catalog.ts'
import { buildReportModel } from '../../scripts/lib/report/build-report-model.ts'
import { renderHtmlReport } from '../../scripts/lib/report/render-html.ts'
import { renderMarkdownSummary } from '../../scripts/lib/report/render-markdown.ts'

/** A vendor's catalog with its first entry marked a draft, as `npm run new-vendor` writes them. */
const [real] = loadAllCatalogs()
const REASON = 'written by npm run new-vendor from the error page alone; not reviewed yet'
const catalog: CatalogFile = { ...real!, errors: real!.errors.map((entry, index) => (index === 0 ? { ...entry, draft: REASON } : entry)) }
const draft = catalog.errors[0]!

const model = buildReportModel({
  catalogs: [{ vendor: catalog.vendor, catalog }],
  contracts: { byVendor: new Map(), providerByFile: new Map(), problems: [], files: [], folder: 'contracts' },
  verify: { state: 'missing', file: 'reports/verify.json' },
  drift: { state: 'missing', file: 'reports/drift.json' },
  assumptions: { state: 'missing', file: 'reports/assumptions.json' },
  replay: { state: 'missing', file: 'reports/replay-served' },
  generatedAt: '2026-01-01T00:00:00.000Z',
})

describe('drafts in npm run report', () => {
  it('marks a draft’s row with its reason, and no other', () => {
    const rows = model.vendors[0]!.rows
    expect(rows.filter((row) => row.draft !== undefined).map((row) => [row.id, row.draft])).toEqual([[draft.id, REASON]])
  })

  it('shows the draft in report.html: a badge on its row and in its detail, and the vendor’s count', () => {
    const html = renderHtmlReport(model)
    expect(html.match(/data-draft="true"/g)).toHaveLength(1)
    expect(html).toMatch(new RegExp(`<p class="drafts" data-vendor="${catalog.vendor}" data-drafts="1">\\s*<strong>1 of ${catalog.errors.length}</strong>`))
    expect(html).toContain(`not reviewed yet: ${REASON}`)
  })

  it('lists the vendor’s drafts in summary.md, beside its count of documented errors', () => {
    const markdown = renderMarkdownSummary(model)
    expect(markdown).toContain(`| ${catalog.vendor} | ${catalog.errors.length} (1 draft) |`)
    expect(markdown).toMatch(
      new RegExp(`### Drafts\\n\\n- \\*\\*${catalog.vendor}\\*\\*: 1 of ${catalog.errors.length} entries are drafts, not reviewed yet \\(${draft.id}\\)`),
    )
  })
})
