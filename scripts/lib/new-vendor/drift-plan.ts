import type { CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { configuredExtractor } from '../../../providers/doc-pages/configured-extractor.ts'
import type { DocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import type { DocumentedError } from '../../../providers/doc-pages/documented-error.ts'
import { pagePattern } from '../../../providers/doc-pages/page-pattern.ts'
import { compileTable } from '../../../providers/doc-pages/table-rows.ts'
import type { TableRule } from '../../../providers/doc-pages/table-rule.ts'
import { textBlocks } from '../../../providers/doc-pages/text-blocks.ts'
import { insertLineAfter, removeLine, swap } from '../../../test/drift/support/page-edits.ts'
import { entriesOfCatalog } from '../drift/comparable-entry.ts'
import { comparePage } from '../drift/compare-page.ts'
import { NewVendorError } from './new-vendor-error.ts'

/** The drift cases of a new vendor, each checked against its drafts before it is written. */
export interface DriftPlan {
  added: { anchor: string; line: string; code: string | number }
  removed: { anchor: string; id: string }
  swap: [string, string]
  addedProse: [string, string]
}

/** Values a made-up row takes, by field, for the "a row added" edit. */
const MADE_UP: Readonly<Record<string, readonly string[]>> = {
  status: ['409', '410', '423', '451', '418'],
  code: ['newly_documented_error', 'NEWLY_DOCUMENTED', '99999', 'newlyDocumented'],
  name: ['Newly Documented'],
  message: ['A newly documented error.'],
  description: ['The page did not document this error before.'],
}

/**
 * The edits of a new vendor's snapshot that drift must report (a row added, a row removed), two
 * rows to swap and a sentence to add (which it must not report), chosen among the page's table
 * rows and each checked with the real comparison against the draft catalog: an edit whose report
 * is not exactly what it expects is not chosen.
 *
 * @example
 * planDriftCases({ vendor: 'acme', text: snapshot, docPage, catalog, name: 'Acme Pay' }).removed // { anchor: '404 | Not Found | …', id: 'not-found' }
 */
export function planDriftCases(input: { vendor: string; text: string; docPage: DocPageData; catalog: CatalogFile; name: string }): DriftPlan {
  const extract = configuredExtractor(input.docPage)
  const entries = entriesOfCatalog(input.catalog)
  const changesOf = (page: string) => {
    const read = extract(textBlocks(page), { vendor: input.vendor, source: 'new-vendor' })
    return comparePage(read, entries).changes.map((change) => ({ kind: change.kind, id: change.id, code: change.kind === 'added' ? change.code : undefined }))
  }
  const same = (page: string, expected: Array<{ kind: string; id?: string; code?: string | number | null }>) =>
    JSON.stringify(changesOf(page)) === JSON.stringify(expected.map((change) => ({ kind: change.kind, id: change.id, code: change.code })))
  const errors = extract(textBlocks(input.text), { vendor: input.vendor, source: 'new-vendor' }).errors
  const rows = errors.filter((error) => error.examples.length === 0 && !error.evidence.includes('\n') && once(input.text, error.evidence))

  // A code row added reads best ("a code the catalog lacks"); a status row otherwise.
  const added = [...rows.filter((row) => row.code !== null), ...rows.filter((row) => row.code === null)]
    .map((row) => madeUpRow(row, input.docPage, errors))
    .find(
      (candidate) => candidate !== undefined && same(insertLineAfter(input.text, candidate.anchor, candidate.line), [{ kind: 'added', code: candidate.code }]),
    )
  const removed = rows
    .map((row) => ({ anchor: row.evidence, id: input.catalog.errors.find((entry) => entry.doc.quote === row.evidence)?.id }))
    .find((candidate) => candidate.id !== undefined && same(removeLine(input.text, candidate.anchor), [{ kind: 'removed', id: candidate.id }]))
  const pairs = rows.slice(1).map((row, index): [string, string] => [rows[index]!.evidence, row.evidence])
  const swapped = pairs.find(([a, b]) => same(swap(input.text, a, b), []))
  const sentence = `This page was last reviewed by the ${input.name} team`
  const titles = input.docPage.sections.lines === undefined ? /$^/ : pagePattern(input.docPage.sections.lines)
  const lines = input.text.split('\n').map((line) => line.trim())
  const anchor = [...lines.filter((line) => titles.test(line)), ...lines].find(
    (line) => line.length >= 3 && once(input.text, line) && same(insertLineAfter(input.text, line, `\n${sentence}`), []),
  )
  if (!added || !removed?.id || !swapped || anchor === undefined)
    throw new NewVendorError(
      'no-drift-cases',
      'the page’s tables give no row to add, remove or swap that drift reports exactly: new-vendor needs a status or code table of two rows at least (write the vendor by hand: README "Adding a vendor")',
    )
  return { added, removed: { anchor: removed.anchor, id: removed.id }, swap: swapped, addedProse: [anchor, sentence] }
}

/** A made-up row for the row's table: a status and a code the page does not use, and made-up words. */
function madeUpRow(row: DocumentedError, docPage: DocPageData, errors: readonly DocumentedError[]): DriftPlan['added'] | undefined {
  const table = docPage.tables.find((rule) => rule.section === undefined || pagePattern(rule.section).test(row.section))
  if (!table?.columns) return undefined
  const compiled = compileTable(table, docPage.cellSeparator)
  const used = new Set(errors.flatMap((error) => [...error.statuses.map(String), String(error.code)]))
  const cells = table.columns.map((column, index) => {
    const fits = (value: string) => compiled.cells?.[index] === undefined || compiled.cells[index]!.test(value)
    return (MADE_UP[column.field ?? ''] ?? ['—']).find((value) => fits(value) && !used.has(value))
  })
  if (cells.some((cell) => cell === undefined)) return undefined
  const line = cells.join(docPage.cellSeparator)
  const fields = fieldsOf(table, cells as string[])
  const code =
    fields.code !== undefined ? (/^\d+$/.test(fields.code) ? Number(fields.code) : fields.code) : (fields.message ?? fields.name ?? fields.description)
  return code === undefined ? undefined : { anchor: row.evidence, line, code }
}

function fieldsOf(table: TableRule, cells: readonly string[]): Partial<Record<string, string>> {
  return Object.fromEntries(table.columns!.flatMap((column, index) => (column.field === undefined ? [] : [[column.field, cells[index]!]])))
}

function once(text: string, part: string): boolean {
  const at = text.indexOf(part)
  return at !== -1 && text.indexOf(part, at + 1) === -1
}
