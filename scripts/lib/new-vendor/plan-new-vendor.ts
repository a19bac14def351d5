import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { z } from 'zod'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { comparableErrors } from '../../../providers/doc-pages/comparable-errors.ts'
import { configuredExtractor } from '../../../providers/doc-pages/configured-extractor.ts'
import { isDocPageError } from '../../../providers/doc-pages/doc-page-error.ts'
import { parseDocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import { ExampleRule as ExampleRuleSchema, type ExampleRule } from '../../../providers/doc-pages/example-rule.ts'
import { TableRule as TableRuleSchema, type TableRule } from '../../../providers/doc-pages/table-rule.ts'
import type { ExtractedPage } from '../../../providers/doc-pages/documented-error.ts'
import { htmlBlocks } from '../../../providers/doc-pages/html-blocks.ts'
import { textBlocks } from '../../../providers/doc-pages/text-blocks.ts'
import { checkVendorId } from './check-vendor-id.ts'
import { discoverReading } from './discover-reading.ts'
import { DEFAULT_PATHS, usableEnvelope } from './draft-body.ts'
import { draftEntries } from './draft-entries.ts'
import { planDriftCases } from './drift-plan.ts'
import type { NewVendorOptions } from './new-vendor-args.ts'
import { NewVendorError } from './new-vendor-error.ts'
import { pageAddress } from './page-address.ts'
import { escapeRegex } from './page-titles.ts'
import { pageCapture } from './page-capture.ts'
import { readPageFile } from './read-page-file.ts'
import { vendorNames } from './vendor-names.ts'
import type { VendorPlan } from './vendor-plan.ts'

type TableInput = z.input<typeof TableRuleSchema>
type ExampleInput = z.input<typeof ExampleRuleSchema>

/**
 * Decides everything about a new vendor before a file is written: refuses a malformed or taken id
 * and an unreadable or empty page, finds how the extractor kit reads the page (and refuses a page
 * it reads no error from), captures the page in both forms, drafts one catalog entry per error the
 * kit reads, and chooses drift cases that hold. Every refusal is a {@link NewVendorError}.
 *
 * @example
 * const plan = planNewVendor({ id: 'acme', page: 'acme-errors.html', filesOnly: false }, PROJECT_ROOT, '2026-12-03')
 */
export function planNewVendor(options: NewVendorOptions, root: string, today: string): VendorPlan {
  checkVendorId(options.id, root)
  const names = vendorNames(options.id, options.name)
  const { id, display } = names
  const page = readPageFile(options.page, id)
  const discovered = discoverReading(page, display)
  const address = pageAddress({ id, text: page.text, given: options.url })
  const { cellSeparator, markers, sections, tables, examples } = discovered.reading
  const docPage = {
    page: address.url,
    cellSeparator,
    ...(address.note ? { note: address.note } : {}),
    markers,
    sections,
    tables: tables.map(withoutTableDefaults),
    examples: examples.map(withoutExampleDefaults),
  }
  const capture = pageCapture(page, discovered, display)
  const fromText = readOrRefuse(
    () => configuredExtractor(parseDocPageData(docPage, id))(textBlocks(capture.text), { vendor: id, source: options.page }),
    options.page,
  )
  const closing = closingLandmark(capture.text, docPage, fromText, id)
  if (closing) docPage.markers = { ...docPage.markers, [`the closing line "${closing}"`]: `/^${escapeRegex(closing)}$/` }
  const reading = parseDocPageData(docPage, id)
  const extract = configuredExtractor(reading)
  const fromHtml = extract(htmlBlocks(capture.html), { vendor: id, source: `providers/${id}/doc-page.html` })
  if (JSON.stringify([comparableErrors(fromHtml), fromHtml.envelopes]) !== JSON.stringify([comparableErrors(fromText), fromText.envelopes]))
    throw new Error('new-vendor: the page’s HTML and its text capture read differently with the configuration it found; please report this page')

  const snapshot = `providers/doc-snapshots/${id}.txt`
  const wording = fromText.errors.map((error) => ({ code: error.code, message: error.message ?? error.description ?? error.name }))
  const envelope = usableEnvelope(discovered.envelope, wording)
  const errors = draftEntries(fromText.errors, { names, snapshot, envelope })
  const catalog = { vendor: id, page: address.url, consumer: `${id}-integration`, errors }
  const checked = checkCatalog(catalog, capture.text, id)
  const contentTypes = errors.map((entry) => entry.contentType)
  return {
    names,
    consumer: catalog.consumer,
    host: `https://api.${id}.invalid`,
    page: capture,
    docPage,
    catalog,
    envelope: {
      code: (envelope ?? { paths: DEFAULT_PATHS }).paths.code,
      message: (envelope ?? { paths: DEFAULT_PATHS }).paths.message,
      contentType: contentTypes.sort((a, b) => count(contentTypes, b) - count(contentTypes, a))[0] ?? 'application/json',
      example: errors[0]?.body,
    },
    drift: planDriftCases({ vendor: id, text: capture.text, docPage: reading, catalog: checked, name: display }),
    today,
  }
}

/** How much of a page a download cut off after its title keeps (as the drift tests cut it). */
const CUT_OFF = 300

/**
 * A short page's last line as a landmark: where the page cut off after its title would still read
 * as the vendor's page (its title and tables come early), the line that ends it tells a whole page
 * from a truncated one. Undefined where the page needs none.
 */
function closingLandmark(text: string, docPage: Parameters<typeof parseDocPageData>[0], read: ExtractedPage, id: string): string | undefined {
  const extract = configuredExtractor(parseDocPageData(docPage, id))
  let cut: ExtractedPage | undefined
  try {
    cut = extract(textBlocks(text.slice(0, CUT_OFF)), { vendor: id, source: 'cut off' })
  } catch {
    return undefined
  }
  if (cut.errors.length === 0) return undefined
  const rows = new Set(read.errors.flatMap((error) => error.evidence.split('\n')))
  const lines = textBlocks(text).flatMap((block) => (block.kind === 'text' ? [block.text] : []))
  return lines
    .reverse()
    .find((line) => line.length >= 10 && !rows.has(line) && text.indexOf(line) === text.lastIndexOf(line) && !text.slice(0, CUT_OFF).includes(line))
}

/** The kit's reading of the page, or a refusal naming the page when it finds the page is no error page, or no error on it. */
function readOrRefuse(read: () => ExtractedPage, file: string): ExtractedPage {
  let page: ExtractedPage
  try {
    page = read()
  } catch (error) {
    if (isDocPageError(error)) throw new NewVendorError('no-errors', `the extractor kit cannot read ${file}: ${error.message}`)
    throw error
  }
  if (page.errors.filter((error) => error.direction === 'response').length === 0)
    throw new NewVendorError(
      'no-errors',
      `the extractor kit reads no documented error on ${file}: it finds no status table, code table or JSON error example there (write the vendor by hand: README "Adding a vendor")`,
    )
  return page
}

/** The draft catalog as the project's loader reads it (schema, quotes in the snapshot, every body path pinned or matched), from a scratch folder. */
function checkCatalog(catalog: VendorPlan['catalog'], snapshot: string, id: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'new-vendor-catalog-'))
  try {
    for (const [path, text] of [
      [`providers/${id}/catalog.json`, JSON.stringify(catalog)],
      [`providers/doc-snapshots/${id}.txt`, snapshot],
    ] as const) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true })
      writeFileSync(join(scratch, path), text)
    }
    return loadCatalog(id, scratch)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** A table rule as `doc-page.json` writes it: its section first, no value the schema gives by default. */
function withoutTableDefaults({ section, direction, columns, ignoreCase, line, rest, continuation, cellsOnLines, label }: TableRule): TableInput {
  return {
    ...(section === undefined ? {} : { section }),
    ...(direction === 'response' ? {} : { direction }),
    ...(columns === undefined ? {} : { columns }),
    ...(ignoreCase ? { ignoreCase } : {}),
    ...(line === undefined ? {} : { line, ...(rest === undefined ? {} : { rest }) }),
    ...(continuation === undefined ? {} : { continuation }),
    ...(cellsOnLines ? { cellsOnLines } : {}),
    ...(label === 'section' ? {} : { label }),
  }
}

/** An example rule as `doc-page.json` writes it, without defaults. */
function withoutExampleDefaults({ section, direction, envelope, errors }: ExampleRule): ExampleInput {
  return {
    ...(section === undefined ? {} : { section }),
    ...(direction === 'response' ? {} : { direction }),
    ...(envelope ? { envelope } : {}),
    ...(errors === undefined
      ? {}
      : {
          errors: {
            ...(errors.items === undefined ? {} : { items: errors.items }),
            fields: errors.fields,
            ...(errors.under === 'page' ? {} : { under: errors.under }),
            ...(errors.caption === undefined ? {} : { caption: errors.caption }),
            ...(errors.statusSections ? { statusSections: true } : {}),
          },
        }),
  }
}

function count(values: readonly string[], value: string): number {
  return values.filter((item) => item === value).length
}
