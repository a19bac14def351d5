import { z } from 'zod'
import { PagePattern } from './page-pattern.ts'

/** Where an example body keeps the fields of the error it shows: dotted paths (`exception.code`). */
export const BodyFields = z.strictObject({
  /** A path the body has (not null) when it is of this shape; without it, a body is of the shape when it has one of its fields. */
  when: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  code: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  message: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
})

/** The body paths of one envelope shape, validated. */
export type BodyFields = z.output<typeof BodyFields>

/**
 * JSON examples (`examples` in `doc-page.json`): where they are, and whether each shows the general
 * error format (`envelope`), documents errors (`errors`), or both.
 *
 * @example
 * ExampleRule.parse({ section: '/^Error Messages$/i', envelope: true, errors: { items: 'errors', fields: { code: 'errorCode', message: 'message' } } })
 */
export const ExampleRule = z.strictObject({
  /** The section (by title) the examples are in; absent: any section of its direction. */
  section: PagePattern.optional(),
  direction: z.enum(['response', 'webhook']).default('response'),
  /** Whether the examples show the general error format, for every error of the page. */
  envelope: z.boolean().default(false),
  /** Whether each example documents errors, and how they are read. */
  errors: z
    .strictObject({
      /** A path to an array whose objects are the errors (one body listing several); a body without it is one error. */
      items: z.string().min(1).optional(),
      /** Where the fields are; several shapes: the first of which the body has a field is read. */
      fields: z.union([BodyFields, z.array(BodyFields).min(1)]),
      /**
       * What the example belongs to: nothing (`page`), the table row above it (`row`: it takes the
       * row's status), or its section (`section`: a section titled by a status gives that status, any
       * other title is the error's name, and the prose above the examples its description).
       */
      under: z.enum(['page', 'row', 'section']).default('page'),
      /** A line above the example that names it ("Example JSON for a missing ID:"), kept in its evidence. */
      caption: PagePattern.optional(),
      /** With `under: section`: a section titled by an error status with no example documents that status on its own. */
      statusSections: z.boolean().default(false),
    })
    .optional(),
})

/** An example rule, validated. */
export type ExampleRule = z.output<typeof ExampleRule>
