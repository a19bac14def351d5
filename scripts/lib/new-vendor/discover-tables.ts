import { blockText, type PageBlock } from '../../../providers/doc-pages/page-block.ts'
import type { ReadField } from '../../../providers/doc-pages/reading-fields.ts'
import type { TableRule } from '../../../providers/doc-pages/table-rule.ts'

/** A status at the start of a cell: `404`, `500, 502`, `5xx`. */
export const STATUS_CELL = '\\d{3}(?: ?, ?\\d{3})*|[45]xx'
/** A code in a cell: one word (`card_declined`, `E1004`, `4001`). */
const CODE_CELL = '[^\\s|]+'
/** A code standing first on a captured line, told from a word of prose: it has `_`, `.` or `-` inside, or is all digits. */
export const CODE_WORD = '[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|\\d{3,6}'

/** Header words and the field a column under them gives, in order of trust. */
const HEADER_FIELDS: ReadonlyArray<[RegExp, ReadField]> = [
  [/^(http )?(status|status code|http code|http status|http status code|code http)$/i, 'status'],
  [/^((error|exception) )?(code|type|id|name)$|^error$/i, 'code'],
  [/^(error )?message$/i, 'message'],
  [/^(text|title|reason|status text|summary|meaning)$/i, 'name'],
  [/^(description|details?|explanation|cause|notes?|when|what it means|resolution)$/i, 'description'],
]

/** A table found on a page: where it starts, its title's block, its column fields and the rule to read it. */
export interface FoundTable {
  /** The index of its first block (its header row, or its first row). */
  start: number
  rule: Omit<TableRule, 'section'>
  /** The row blocks (not the header), as found. */
  rows: number[]
}

/**
 * The error tables of an HTML page: each run of table rows with a status column or a code column,
 * its columns named by the header where it has one, else by what the cells hold.
 *
 * @example
 * htmlTables(htmlBlocks(page))[0].rule.columns // [{ field: 'status', pattern: '…' }, { field: 'name' }, { field: 'description' }]
 */
export function htmlTables(blocks: readonly PageBlock[]): FoundTable[] {
  const found: FoundTable[] = []
  for (let index = 0; index < blocks.length; index++) {
    if (blocks[index]!.kind !== 'row') continue
    const start = index
    while (blocks[index + 1]?.kind === 'row') index++
    const run = blocks.slice(start, index + 1) as Array<Extract<PageBlock, { kind: 'row' }>>
    const header = run[0]!.header ? run[0]!.cells : undefined
    const rows = run.filter((row) => !row.header)
    const table = tableOf(
      header,
      rows.map((row) => row.cells),
    )
    if (table)
      found.push({
        start,
        rule: table,
        rows: rows.map((row) => start + run.indexOf(row)),
      })
  }
  return found
}

/**
 * The error tables of a text capture: runs of lines whose cells are joined by ` | ` (a header line
 * first where it names its columns), or, on a page without such lines, runs of lines that start with
 * a status or a code followed by a description.
 *
 * @example
 * textTables(textBlocks(page), ' | ')
 */
export function textTables(blocks: readonly PageBlock[], separator: ' | ' | ' '): FoundTable[] {
  const found: FoundTable[] = []
  const line = (index: number) => (blocks[index]?.kind === 'text' ? blockText(blocks[index]!, ' ') : undefined)
  for (let index = 0; index < blocks.length; index++) {
    const cells = cellsOf(line(index), separator)
    if (!cells) continue
    const start = index
    while (cellsOf(line(index + 1), separator)?.length === cells.length) index++
    const lines = blocks.slice(start, index + 1).map((_, offset) => cellsOf(line(start + offset), separator)!)
    const headed = !isErrorCell(lines[0]![0]!) && lines.length > 1
    const rows = headed ? lines.slice(1) : lines
    if (rows.length < 2) continue
    const table = tableOf(headed ? lines[0] : undefined, rows, separator === ' ' ? CODE_WORD : CODE_CELL)
    if (table) found.push({ start, rule: table, rows: rows.map((_, offset) => start + offset + (headed ? 1 : 0)) })
  }
  return found
}

/** A captured line's cells: split at ` | `, or a leading status or code and the rest. */
function cellsOf(text: string | undefined, separator: ' | ' | ' '): string[] | undefined {
  if (text === undefined) return undefined
  if (separator === ' | ') {
    const cells = text.split(' | ')
    return cells.length >= 2 ? cells : undefined
  }
  const status = new RegExp(`^(${STATUS_CELL}) (${CODE_WORD}) (.+)$`, 'i').exec(text) ?? new RegExp(`^(${STATUS_CELL}) (.+)$`, 'i').exec(text)
  const code = new RegExp(`^(${CODE_WORD}) (.+)$`).exec(text)
  const match = status ?? code
  return match ? match.slice(1) : undefined
}

/** Whether a cell holds a status or a code, so that it is a row and not a header. */
function isErrorCell(cell: string): boolean {
  return new RegExp(`^(?:${STATUS_CELL})$`, 'i').test(cell) || new RegExp(`^(?:${CODE_WORD})$`).test(cell)
}

/** Reads a table's columns from its header (or its cells), or undefined when it lists no error status and no code. */
function tableOf(header: readonly string[] | undefined, rows: readonly string[][], codeCell = CODE_CELL): Omit<TableRule, 'section'> | undefined {
  const width = Math.max(...rows.map((row) => row.length), header?.length ?? 0)
  if (width < 2 || rows.length === 0) return undefined
  const fields: Array<ReadField | undefined> = []
  for (let column = 0; column < width; column++) {
    const values = rows.map((row) => row[column] ?? '').filter((value) => value !== '')
    fields.push(fieldOf(header?.[column], values, column === width - 1, fields))
  }
  const status = fields.indexOf('status')
  const code = fields.indexOf('code')
  if (status === -1 && code === -1) return undefined
  const statusValues = rows.map((row) => row[status] ?? '')
  if (status !== -1 && !statusValues.some((value) => /^[45]/.test(value))) return undefined
  return {
    direction: 'response',
    columns: fields.map((field, column) => {
      if (field === 'status') return { field, pattern: STATUS_CELL }
      if (field === 'code')
        return {
          field,
          pattern: codePattern(
            rows.map((row) => row[column] ?? ''),
            header?.[column],
            codeCell,
          ),
        }
      return field === undefined ? { pattern: column === width - 1 ? '.*' : '.*?' } : { field }
    }),
    ignoreCase: true,
    cellsOnLines: false,
    label: 'section',
  }
}

/**
 * The tightest pattern that takes every code of the column and not its header (a text capture has
 * no header rows: "Code | Message" must not read as a row): digits, words joined by `_`, `.` or
 * `-`, capitals, else any one word.
 */
function codePattern(values: readonly string[], header: string | undefined, loosest: string): string {
  const candidates = ['\\d+', CODE_WORD, '[A-Z][A-Z0-9]*', loosest]
  const whole = (pattern: string, text: string) => new RegExp(`^(?:${pattern})$`, 'i').test(text)
  return candidates.find((pattern) => values.every((value) => whole(pattern, value)) && (header === undefined || !whole(pattern, header.trim()))) ?? loosest
}

/** The field a column gives: by its header where it names one, else by what its cells hold. */
function fieldOf(header: string | undefined, values: readonly string[], last: boolean, taken: ReadonlyArray<ReadField | undefined>): ReadField | undefined {
  const free = (field: ReadField) => (taken.includes(field) ? undefined : field)
  const named = HEADER_FIELDS.find(([pattern]) => pattern.test((header ?? '').trim()))?.[1]
  const allStatuses = values.length > 0 && values.every((value) => new RegExp(`^(?:${STATUS_CELL})$`, 'i').test(value))
  const allCodes = values.length > 0 && values.every((value) => /^[^\s|]+$/.test(value))
  if (allStatuses && (named === undefined || named === 'status' || named === 'code')) return free('status')
  if (named === 'code' && !allCodes) return free('name')
  if (named !== undefined) return free(named)
  if (allCodes && values.some((value) => /[_.\d-]|^[A-Z0-9]+$/.test(value))) return free('code')
  if (last) return free('description')
  return free(values.every((value) => value.split(' ').length <= 4) ? 'name' : 'description')
}
