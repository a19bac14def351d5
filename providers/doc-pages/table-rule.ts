import { z } from 'zod'
import { SPLITTER_NAMES } from './name-splitters.ts'
import { PagePattern } from './page-pattern.ts'
import { ReadField } from './reading-fields.ts'

/** One column of a table: the field its cell gives, and what the cell must look like; a pattern's named groups give fields too. */
export const TableColumn = z
  .strictObject({
    field: ReadField.optional(),
    /** The cell's whole text (anchored), e.g. `\d{3}|[45]xx`; named groups (`(?<status>…)`) give those fields. */
    pattern: z.string().min(1).optional(),
  })
  .refine((column) => column.field !== undefined || column.pattern !== undefined, 'a column names its field, or a pattern with named groups')

/**
 * A status table or a code table (`tables` in `doc-page.json`): where it is and the shape of its
 * rows. An HTML row is read cell by cell against `columns`; a captured line with `line`, or, without
 * it, with the columns' patterns joined by the page's cell separator. A row is a documented error
 * when it states an error status (4xx, 5xx) or, in a table without statuses, a code; success rows
 * are skipped.
 *
 * @example
 * TableRule.parse({ section: '/^Error codes$/', columns: [{ field: 'status', pattern: '\\d{3}' }, { field: 'code', pattern: '[a-z_]+' }, { field: 'description' }] })
 */
export const TableRule = z
  .strictObject({
    /** The section (by title) the table is in; absent: any section of its direction. */
    section: PagePattern.optional(),
    /** Whose errors the table lists: the vendor's answers, or ours to the vendor's calls. */
    direction: z.enum(['response', 'webhook']).default('response'),
    /** The row's cells, in order; the last takes any cells beyond. */
    columns: z.array(TableColumn).min(1).optional(),
    /** Whether the columns' patterns ignore case. */
    ignoreCase: z.boolean().default(false),
    /** How a captured line reads, when the separator cannot tell its cells apart: named groups per field, and `rest` for {@link rest}. */
    line: PagePattern.optional(),
    /** How the `rest` group divides into two fields. */
    rest: z.strictObject({ into: z.tuple([ReadField, ReadField]), by: z.enum(SPLITTER_NAMES) }).optional(),
    /** A captured line that continues the row above it (a line break inside its description). */
    continuation: PagePattern.optional(),
    /** Whether a capture may put a row's cells on lines of their own (the first cell alone on its line). */
    cellsOnLines: z.boolean().default(false),
    /** What a row's `section` says: the section's title, or the last line of prose above the row (a sub-heading). */
    label: z.enum(['section', 'last-prose']).default('section'),
  })
  .refine((table) => table.columns !== undefined || table.line !== undefined, 'a table gives its columns, or the shape of its captured lines')

/** A table rule, validated. */
export type TableRule = z.output<typeof TableRule>
