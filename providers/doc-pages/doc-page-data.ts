import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { fileURLToPath } from 'node:url'
import { ExampleRule } from './example-rule.ts'
import { PagePattern } from './page-pattern.ts'
import { SectionRule } from './section-rule.ts'
import { TableRule } from './table-rule.ts'

/** The project root, found from this file (not through the catalog's modules: extractors never import the catalog's code). */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * `providers/<vendor>/doc-page.json`: where a vendor's error page lives, how its capture is written,
 * and how the extractor kit reads it: the page's landmarks, its sections, its status and code
 * tables and its JSON examples (`configured-extractor.ts`).
 */
export const DocPageData = z.strictObject({
  /** The page's public address, fetched by `npm run drift -- --live`. */
  page: z.url({ protocol: /^https?$/ }),
  /** What joins a table row's cells in the vendor's text capture ("" where the capture runs them together). */
  cellSeparator: z.string(),
  /** Anything a reader should know about the address. */
  note: z.string().optional(),
  /** The page's landmarks, by what they are: a page without one of them is not the vendor's error page. */
  markers: z.record(z.string().min(3), PagePattern).default({}),
  /** How the page is cut into sections. */
  sections: SectionRule.prefault({}),
  /** The page's status and code tables. */
  tables: z.array(TableRule).default([]),
  /** The page's JSON examples. */
  examples: z.array(ExampleRule).default([]),
})

/** A vendor's doc-page data, validated. */
export type DocPageData = z.output<typeof DocPageData>

/**
 * The path of a vendor's doc-page data, relative to the project root.
 *
 * @example
 * docPageDataPath('usta') // 'providers/usta/doc-page.json'
 */
export function docPageDataPath(vendor: string): string {
  return `providers/${vendor}/doc-page.json`
}

/**
 * Reads a vendor's doc-page data, or throws an error naming the file and field.
 *
 * @example
 * loadDocPageData('usta').cellSeparator // ''
 */
export function loadDocPageData(vendor: string, root: string = PROJECT_ROOT): DocPageData {
  const file = docPageDataPath(vendor)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(join(root, file), 'utf8'))
  } catch (error) {
    throw new Error(`${file}: vendor "${vendor}": cannot be read as JSON (${(error as Error).message})`, { cause: error })
  }
  return parseDocPageData(raw, vendor)
}

/**
 * Validates a vendor's doc-page data (as read, or as imported by its extractor), or throws an
 * error naming the file and field.
 *
 * @example
 * parseDocPageData(docPage, 'acme').tables.length // 1
 */
export function parseDocPageData(raw: unknown, vendor: string): DocPageData {
  const file = docPageDataPath(vendor)
  const parsed = DocPageData.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${file}: vendor "${vendor}": field "${issue.path.join('.')}": ${issue.message}`)
  }
  return parsed.data
}
