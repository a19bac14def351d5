import type { DocPageData } from './doc-page-data.ts'
import type { BodyFields, ExampleRule } from './example-rule.ts'
import { pagePattern } from './page-pattern.ts'
import { compileTable, type CompiledTable } from './table-rows.ts'

/** An example rule with its patterns compiled. */
export interface CompiledExamples {
  rule: ExampleRule
  section: RegExp | undefined
  caption: RegExp | undefined
  shapes: BodyFields[]
}

/** What `doc-page.json` says about reading the page, compiled once. */
export interface CompiledReading {
  separator: string
  markers: Record<string, RegExp>
  sections: { headings: boolean; lines: RegExp | undefined; strip: RegExp | undefined; webhook: RegExp | undefined }
  tables: CompiledTable[]
  examples: CompiledExamples[]
}

/**
 * Compiles the reading part of a vendor's doc-page data.
 *
 * @example
 * const reading = compileReading(loadDocPageData('acme'))
 */
export function compileReading(data: DocPageData): CompiledReading {
  const optional = (text: string | undefined) => (text === undefined ? undefined : pagePattern(text))
  return {
    separator: data.cellSeparator,
    markers: Object.fromEntries(Object.entries(data.markers).map(([landmark, pattern]) => [landmark, pagePattern(pattern)])),
    sections: {
      headings: data.sections.headings,
      lines: optional(data.sections.lines),
      strip: optional(data.sections.strip),
      webhook: optional(data.sections.webhook),
    },
    tables: data.tables.map((table) => compileTable(table, data.cellSeparator)),
    examples: data.examples.map((rule) => ({
      rule,
      section: optional(rule.section),
      caption: optional(rule.errors?.caption),
      shapes: rule.errors === undefined ? [] : Array.isArray(rule.errors.fields) ? rule.errors.fields : [rule.errors.fields],
    })),
  }
}
