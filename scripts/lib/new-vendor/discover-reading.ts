import type { DocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import type { ExampleRule } from '../../../providers/doc-pages/example-rule.ts'
import type { PageBlock } from '../../../providers/doc-pages/page-block.ts'
import type { TableRule } from '../../../providers/doc-pages/table-rule.ts'
import { exampleRule, pageExamples, type FoundExample } from './discover-examples.ts'
import { htmlTables, textTables, type FoundTable } from './discover-tables.ts'
import type { EnvelopePaths } from './envelope-paths.ts'
import { NewVendorError } from './new-vendor-error.ts'
import { escapeRegex, pageTitles } from './page-titles.ts'
import type { PageFile } from './read-page-file.ts'

/** How the extractor kit is to read a new vendor's page, and what the page shows of its error body. */
export interface DiscoveredReading {
  /** `doc-page.json` without its address. */
  reading: Omit<DocPageData, 'page' | 'note'>
  /** The body the drafts take their shape from: a real error example where the page has one, else its format. */
  envelope: { body: Record<string, unknown>; paths: EnvelopePaths; concrete: boolean } | undefined
  /** The page's tables as found, with the rows they hold (for the HTML of a text capture, and the drift cases). */
  tables: Array<FoundTable & { section: string | undefined }>
}

/**
 * Proposes how the extractor kit reads an unseen error page: its titles as sections (every heading,
 * or a text capture's title lines), each status or code table under its title with columns named by
 * its header, each JSON example as the error format (and, where its values are real, as an error),
 * and landmarks (the page's title, the tables' titles, the vendor's name where the page writes it).
 * A text capture's cells are joined by ` | `, or by a space where it has no such lines; an HTML page
 * is captured with ` | `.
 *
 * @example
 * discoverReading(readPageFile('acme-errors.html', 'acme'), 'Acme Pay').reading.tables.length // 2
 */
export function discoverReading(page: PageFile, name: string): DiscoveredReading {
  const { blocks, form } = page
  const separator = form === 'html' || blocks.some((block) => block.kind === 'text' && block.text.includes(' | ')) ? ' | ' : ' '
  const found = form === 'html' ? htmlTables(blocks) : textTables(blocks, separator)
  const examples = pageExamples(blocks)
  const titles = pageTitles(blocks, [...found.map((table) => table.start), ...examples.map((example) => example.index)])
  const sectionAt = sectionsOf(blocks, titles)
  const tables = found.map((table) => ({ ...table, section: sectionAt[table.start] }))
  const markers: Record<string, string> = {}
  if (titles[0] !== undefined) markers[`the title "${titles[0]}"`] = exact(titles[0])
  for (const table of tables) if (table.section !== undefined) markers[`the "${table.section}" table title`] = exact(table.section)
  if (page.text.toLowerCase().includes(name.toLowerCase())) markers[`the name "${name}"`] = `/${escapeRegex(name)}/i`
  if (Object.keys(markers).length === 0)
    throw new NewVendorError(
      'no-landmarks',
      `the page has no title or heading, and does not write the name "${name}": without a landmark, another site's page would be read as this one (pass --name as the page writes it)`,
    )
  return {
    reading: {
      cellSeparator: separator,
      markers,
      sections: { headings: false, ...(titles.length ? { lines: `/^(${titles.map(escapeRegex).join('|')})$/` } : {}) },
      tables: tables.map(({ rule, section }): TableRule => ({ ...rule, ...(section === undefined ? {} : { section: exact(section) }) })),
      examples: exampleRules(examples, sectionAt),
    },
    envelope: envelopeOf(examples),
    tables,
  }
}

/** The section title each block is in (undefined before the first). */
function sectionsOf(blocks: readonly PageBlock[], titles: readonly string[]): Array<string | undefined> {
  let current: string | undefined
  return blocks.map((block) => {
    if ((block.kind === 'heading' || block.kind === 'text') && titles.includes(block.text)) current = block.text
    return current
  })
}

/** One example rule per section that has examples; one for the whole page where an example stands above every title. */
function exampleRules(examples: readonly FoundExample[], sectionAt: ReadonlyArray<string | undefined>): ExampleRule[] {
  if (examples.length === 0) return []
  if (examples.some((example) => sectionAt[example.index] === undefined)) return [exampleRule(undefined, examples)]
  const sections = [...new Set(examples.map((example) => sectionAt[example.index]!))]
  return sections.map((section) =>
    exampleRule(
      exact(section),
      examples.filter((example) => sectionAt[example.index] === section),
    ),
  )
}

function envelopeOf(examples: readonly FoundExample[]): DiscoveredReading['envelope'] {
  const usable = examples.filter((example) => example.paths.code !== undefined || example.paths.message !== undefined)
  const chosen = usable.find((example) => example.concrete) ?? usable[0]
  return chosen && { body: chosen.body, paths: chosen.paths, concrete: chosen.concrete }
}

function exact(title: string): string {
  return `/^${escapeRegex(title)}$/`
}
