import { z } from 'zod'
import { PagePattern } from './page-pattern.ts'

/**
 * How a page is cut into sections (`sections` in `doc-page.json`). A section's title names what
 * its tables and examples document; a text capture has no headings, so title lines are listed too.
 *
 * @example
 * SectionRule.parse({ headings: false, lines: '/^(HTTP Codes|Exception Codes)$/i' })
 */
export const SectionRule = z.strictObject({
  /** Whether every heading starts a section (a page whose headings are page chrome says false). */
  headings: z.boolean().default(true),
  /** Text lines that start a section too: the titles as a text capture writes them. */
  lines: PagePattern.optional(),
  /** What to take off the start of a title (a heading's `#` anchor: `/^#\s*`). */
  strip: PagePattern.optional(),
  /** Sections about the other direction, the vendor calling us: their errors are `webhook` errors. */
  webhook: PagePattern.optional(),
})

/** The section rule, validated. */
export type SectionRule = z.output<typeof SectionRule>
