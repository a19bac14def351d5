import { NAME_SPLITTERS } from './name-splitters.ts'
import { blockText, type PageBlock } from './page-block.ts'
import { pagePattern } from './page-pattern.ts'
import type { FieldTexts, ReadField } from './reading-fields.ts'
import type { TableRule } from './table-rule.ts'

/** A table rule with its patterns compiled, for one page's cell separator. */
export interface CompiledTable {
  rule: TableRule
  section: RegExp | undefined
  /** How a captured line reads. */
  line: RegExp
  /** Each column's whole-cell pattern (undefined: any text), for HTML rows. */
  cells: Array<RegExp | undefined> | undefined
  continuation: RegExp | undefined
}

/** A row as read: its fields' texts, the page's text it was read from, and the index of its last block. */
export interface ReadRow {
  texts: FieldTexts
  evidence: string
  last: number
}

/**
 * Compiles a table rule for a page whose capture joins cells with `separator`. Without a `line`
 * pattern, a captured line is read by the columns' patterns joined by the separator (a column with
 * no pattern takes any text).
 *
 * @example
 * compileTable(rule, ' ').line // /^(?<status>(?:\d{3}|[45]xx)) (?<code>(?:[a-z][a-z0-9_]*)) (?<description>(?:.+))$/i
 */
export function compileTable(rule: TableRule, separator: string): CompiledTable {
  const flags = rule.ignoreCase ? 'i' : ''
  const columns = rule.columns ?? []
  const joined = columns
    .map((column, index) => {
      const pattern = column.pattern ?? (index === columns.length - 1 ? '.+' : '.+?')
      return column.field === undefined ? `(?:${pattern})` : `(?<${column.field}>(?:${pattern}))`
    })
    .join(escapeRegex(separator))
  return {
    rule,
    section: rule.section === undefined ? undefined : pagePattern(rule.section),
    line: rule.line === undefined ? new RegExp(`^${joined}$`, flags) : pagePattern(rule.line),
    cells: rule.columns?.map((column) => (column.pattern === undefined ? undefined : new RegExp(`^(?:${column.pattern})$`, flags))),
    continuation: rule.continuation === undefined ? undefined : pagePattern(rule.continuation),
  }
}

/**
 * Reads the row at `index`: an HTML row cell by cell, a captured line by the table's line shape, or
 * (with `cellsOnLines`) a first cell alone on its line followed by the other cells' lines. Undefined
 * when the block is no row of this table.
 *
 * @example
 * readRow([{ kind: 'text', text: '404 entity_not_found Requested resource doesn’t exist.' }], 0, table, ' ')?.texts
 * // { status: '404', code: 'entity_not_found', description: 'Requested resource doesn’t exist.' }
 */
export function readRow(blocks: readonly PageBlock[], index: number, table: CompiledTable, separator: string): ReadRow | undefined {
  const block = blocks[index]!
  const evidence = blockText(block, separator)
  if (block.kind === 'row' && table.cells !== undefined) {
    const texts = cellTexts(block.cells, table)
    return texts && { texts, evidence, last: index }
  }
  if (block.kind !== 'row' && block.kind !== 'text') return undefined
  const match = table.line.exec(evidence)
  if (match) return { texts: groupTexts(match.groups ?? {}, table.rule), evidence, last: index }
  if (block.kind === 'text' && table.rule.cellsOnLines) return cellsOnLines(blocks, index, table, separator)
  return undefined
}

/** The cells of an HTML row by column (the last column takes the cells beyond), or undefined when a cell breaks its column's pattern. */
function cellTexts(cells: readonly string[], table: CompiledTable): FieldTexts | undefined {
  const columns = table.rule.columns!
  const texts: FieldTexts = {}
  for (const [index, column] of columns.entries()) {
    const cell = index === columns.length - 1 ? cells.slice(index).join(' ') : (cells[index] ?? '')
    const pattern = table.cells![index]
    const match = pattern?.exec(cell)
    if (pattern && !match) return undefined
    Object.assign(texts, groupTexts(match?.groups ?? {}, table.rule))
    if (column.field !== undefined) texts[column.field] = cell
  }
  return texts
}

/** A first cell alone on its line, then one line per other cell (a capture of cells that hold block content). */
function cellsOnLines(blocks: readonly PageBlock[], index: number, table: CompiledTable, separator: string): ReadRow | undefined {
  const columns = table.rule.columns
  const first = table.cells?.[0]
  const block = blocks[index]!
  if (!columns || !first || block.kind !== 'text' || !first.test(block.text)) return undefined
  const rowStart = new RegExp(`^(?:${columns[0]!.pattern})`, table.rule.ignoreCase ? 'i' : '')
  const next = blocks.slice(index + 1, index + columns.length)
  if (next.length !== columns.length - 1 || !next.every((item) => item.kind === 'text' && !rowStart.test(item.text))) return undefined
  const lines = [block, ...next]
  const texts = cellTexts(
    lines.map((item) => blockText(item, ' ')),
    table,
  )
  return texts && { texts, evidence: lines.map((item) => blockText(item, separator)).join('\n'), last: index + next.length }
}

/** The fields named groups give; a `rest` group divides as the rule says. */
function groupTexts(groups: Record<string, string | undefined>, rule: TableRule): FieldTexts {
  const texts: FieldTexts = {}
  for (const [name, value] of Object.entries(groups)) if (name !== 'rest' && value !== undefined) texts[name as ReadField] = value
  if (groups.rest !== undefined && rule.rest !== undefined) {
    const [first, second] = NAME_SPLITTERS[rule.rest.by](groups.rest)
    texts[rule.rest.into[0]] = first ?? ''
    texts[rule.rest.into[1]] = second ?? ''
  }
  return texts
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
