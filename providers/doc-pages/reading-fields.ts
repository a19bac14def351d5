import { z } from 'zod'

/** The fields of a documented error that a table cell or an example's body path can give. */
export const READ_FIELDS = ['status', 'code', 'name', 'message', 'description'] as const

/** One of {@link READ_FIELDS}. */
export const ReadField = z.enum(READ_FIELDS)

/** A field a table cell or body path gives. */
export type ReadField = z.output<typeof ReadField>

/** What a read field's text is, by field: `status` holds `404`, `5xx` or `500, 502`; `code` becomes a number where it is digits. */
export type FieldTexts = Partial<Record<ReadField, string>>
