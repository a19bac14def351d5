import { bodyValues } from './body-fields.ts'
import type { CompiledExamples, CompiledReading } from './compiled-reading.ts'
import { blankError, type DocumentedError, type ErrorDirection, type PageWarning } from './documented-error.ts'
import { documentsError, readValues } from './field-values.ts'
import { isJsonObject, jsonValuesIn } from './json-examples.ts'
import { blockText, type PageBlock } from './page-block.ts'
import { readRow, type CompiledTable, type ReadRow } from './table-rows.ts'

/** Where a block is: the title and direction of its section, and its place among the page's blocks. */
export interface BlockPlace {
  section: string
  direction: ErrorDirection
  index: number
  blocks: readonly PageBlock[]
}

/**
 * Takes a block the configuration does not read (a vendor's quirk): true when it took it, and the
 * kit then reads nothing from it, not even prose. A quirk may also only look and return false.
 */
export type ClaimBlock = (block: PageBlock, place: BlockPlace) => boolean

/** What one pass over a page's blocks read. */
export interface BlocksRead {
  errors: DocumentedError[]
  envelopes: unknown[]
  /** What the examples contradict (an example's status against its row's or heading's). */
  warnings: PageWarning[]
  /** The lines that documented no error, by the direction of their section: the page's prose. */
  prose: Record<ErrorDirection, string[]>
}

/** The section being read. */
interface Section {
  title: string
  direction: ErrorDirection
  /** The prose above the section's first example. */
  intro: string[]
  examples: number
}

/**
 * Reads a page's blocks in one pass, in page order: section titles, rows of the tables configured
 * for the section (the first table that reads a row takes it), JSON examples, and everything else
 * as prose. A header row is skipped. A code block is an example where an example rule reads the
 * section (even one that does not parse); elsewhere, one that holds no JSON is prose (a
 * `Content-Type: …` line set as code).
 *
 * @example
 * const read = readBlocks(blocks, compileReading(loadDocPageData('acme')))
 * read.prose.response // the lines that documented no error
 */
export function readBlocks(blocks: readonly PageBlock[], reading: CompiledReading, claim?: ClaimBlock): BlocksRead {
  const read: BlocksRead = { errors: [], envelopes: [], warnings: [], prose: { response: [], webhook: [] } }
  let section: Section = { title: '', direction: 'response', intro: [], examples: 0 }
  /** The last prose line of the section (its title at first), for tables labelled by it. */
  let lastProse = ''
  /** The last line that names the examples below it, since the last row. */
  let caption = ''
  /** The row a continuation line extends; cleared by prose. */
  let continued: DocumentedError | undefined
  /** Each table's last error row, and when it was read. */
  const lastRows = new Map<CompiledTable, { row: DocumentedError; at: number }>()

  const prose = (line: string) => {
    read.prose[section.direction].push(line)
    if (section.examples === 0) section.intro.push(line)
  }
  const endSection = () => read.errors.push(...statusSectionError(section, reading))

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const title = sectionTitle(block, reading)
    if (title !== undefined) {
      endSection()
      section = { title, direction: reading.sections.webhook?.test(title) ? 'webhook' : 'response', intro: [], examples: 0 }
      read.prose[section.direction].push(blockText(block, ' '))
      lastProse = title
      continued = undefined
      continue
    }
    if (claim?.(block, { section: section.title, direction: section.direction, index, blocks })) continue
    if (block.kind === 'row' && block.header) continue
    const tables = reading.tables.filter((candidate) => applies(candidate, section))
    if (block.kind !== 'code') {
      const found = firstRow(tables, (table) => readRow(blocks, index, table, reading.separator))
      if (found) {
        const { table, row } = found
        index = row.last
        const values = readValues(row.texts)
        const label = table.rule.label === 'last-prose' ? lastProse : section.title
        continued = { ...blankError(label, row.evidence, section.direction), ...values }
        caption = ''
        if (documentsError(values, row.texts.status !== undefined)) {
          read.errors.push(continued)
          lastRows.set(table, { row: continued, at: index })
        }
        continue
      }
      const continuation = tables.find((table) => table.continuation !== undefined)?.continuation
      if (continuation && block.kind === 'text' && continued && continuation.test(block.text)) {
        continued.description = `${continued.description ?? ''} ${block.text}`.trim()
        continued.evidence += `\n${block.text}`
        continue
      }
    }
    if (block.kind === 'code') {
      const rules = reading.examples.filter((candidate) => applies(candidate, section))
      const values = jsonValuesIn(block.text)
      if (rules.length === 0 && values.length === 0) prose(block.text)
      if (rules.length === 0) continue
      section.examples++
      const above = tables.flatMap((table) => lastRows.get(table) ?? []).sort((a, b) => b.at - a.at)[0]
      const context = { section, caption, row: above?.row }
      for (const examples of rules)
        for (const body of values) {
          if (examples.rule.envelope) read.envelopes.push(body)
          read.errors.push(...exampleErrors(body, block.text, examples, context, read.warnings))
        }
      continue
    }
    const line = blockText(block, ' ')
    prose(line)
    lastProse = line
    continued = undefined
    if (reading.examples.some((examples) => examples.caption?.test(line))) caption = line
  }
  endSection()
  return read
}

/** The first of the section's tables that reads the block as a row, with the row. */
function firstRow(tables: readonly CompiledTable[], read: (table: CompiledTable) => ReadRow | undefined): { table: CompiledTable; row: ReadRow } | undefined {
  for (const table of tables) {
    const row = read(table)
    if (row) return { table, row }
  }
  return undefined
}

/** A block's section title, if it starts a section. */
function sectionTitle(block: PageBlock, reading: CompiledReading): string | undefined {
  if (block.kind !== 'heading' && block.kind !== 'text') return undefined
  const { headings, lines, strip } = reading.sections
  if (!(headings && block.kind === 'heading') && !lines?.test(block.text)) return undefined
  return strip ? block.text.replace(strip, '') : block.text
}

/** Whether a table or example rule reads the section: its direction, and its title where the rule names one. */
function applies(rule: CompiledTable | CompiledExamples, section: Section): boolean {
  return rule.rule.direction === section.direction && (rule.section === undefined || rule.section.test(section.title))
}

/** The errors one example body documents, each with its own fields and what the rule says it belongs to. */
function exampleErrors(
  body: unknown,
  text: string,
  examples: CompiledExamples,
  context: { section: Section; caption: string; row: DocumentedError | undefined },
  warnings: PageWarning[],
): DocumentedError[] {
  const rule = examples.rule.errors
  if (rule === undefined) return []
  const { section } = context
  const list = rule.items !== undefined && isJsonObject(body) ? body[rule.items] : undefined
  const items = rule.items === undefined ? [body] : (Array.isArray(list) ? list : [body]).filter(isJsonObject)
  const headingStatus = /^\d{3}$/.test(section.title) ? Number(section.title) : null
  const under = {
    page: { status: null, label: section.title, name: null, description: null, evidence: text },
    row: { status: context.row?.statuses[0] ?? null, label: context.row?.evidence ?? '', name: null, description: null, evidence: text },
    section: {
      status: headingStatus,
      label: section.title,
      name: headingStatus === null ? section.title || null : null,
      description: section.intro.join(' ') || null,
      evidence: [section.title, ...section.intro, text].join('\n'),
    },
  }[rule.under]
  const evidence = examples.caption === undefined ? under.evidence : [context.caption, under.evidence].join('\n')
  return items.map((item) => {
    const values = bodyValues(item, examples.shapes)
    if (values.status !== null && under.status !== null && values.status !== under.status)
      warnings.push({ kind: 'example-status-differs', detail: `an example under "${under.label}" has ${values.statusKey} ${values.status}` })
    return {
      ...blankError(under.label, evidence, section.direction),
      statuses: [...new Set([under.status, values.status].filter((status): status is number => status !== null))],
      code: values.code,
      name: values.name ?? under.name,
      message: values.message,
      description: values.description ?? under.description,
      examples: [body],
    }
  })
}

/** A section titled by an error status with no example, where an example rule says such a section documents its status. */
function statusSectionError(section: Section, reading: CompiledReading): DocumentedError[] {
  const status = /^\d{3}$/.test(section.title) ? Number(section.title) : null
  if (status === null || status < 400 || section.examples > 0) return []
  const says = reading.examples.some((examples) => examples.rule.errors?.statusSections && applies(examples, section))
  if (!says) return []
  return [
    {
      ...blankError(section.title, [section.title, ...section.intro].join('\n'), section.direction),
      statuses: [status],
      description: section.intro.join(' ') || null,
    },
  ]
}
