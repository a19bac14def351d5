import type { ExampleRule } from '../../../providers/doc-pages/example-rule.ts'
import { isJsonObject, jsonValuesIn } from '../../../providers/doc-pages/json-examples.ts'
import type { PageBlock } from '../../../providers/doc-pages/page-block.ts'
import { envelopePaths, pathText, type EnvelopePaths } from './envelope-paths.ts'

/** A value a page writes as a stand-in, not as what the vendor sends: `<ERROR_CODE>`, `{{message}}`, `${code}`, `string`. */
const PLACEHOLDER = /^(<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}|string|number|\.\.\.|…)$/i

/** A JSON example of the page, with the section it is in. */
export interface FoundExample {
  index: number
  body: Record<string, unknown>
  /** Whether it shows a real error (values as sent), or the format with stand-ins. */
  concrete: boolean
  paths: EnvelopePaths
}

/**
 * The page's JSON examples that are objects, each read for where it keeps a code, a message and a
 * status, and whether its values are real or stand-ins.
 *
 * @example
 * pageExamples(blocks)[0] // { index: 7, body: { error: { code: 'card_declined', … } }, concrete: true, paths: { … } }
 */
export function pageExamples(blocks: readonly PageBlock[]): FoundExample[] {
  return blocks.flatMap((block, index) =>
    block.kind !== 'code'
      ? []
      : jsonValuesIn(block.text)
          .filter(isJsonObject)
          .map((body) => ({ index, body, concrete: !hasPlaceholder(body), paths: envelopePaths(body) })),
  )
}

/**
 * The example rule for the examples of one section: they show the error format (`envelope`), and a
 * real one documents its error too, read at the paths it keeps a code and message in.
 *
 * @example
 * exampleRule('/^Error response$/', examples) // { section: '/^Error response$/', envelope: true, errors: { fields: { code: 'error.code', … } } }
 */
export function exampleRule(section: string | undefined, examples: readonly FoundExample[]): ExampleRule {
  const real = examples.find((example) => example.concrete && (example.paths.code !== undefined || example.paths.message !== undefined))
  const base: ExampleRule = { direction: 'response', envelope: true, ...(section === undefined ? {} : { section }) }
  if (real === undefined) return base
  const { items, code, message, status } = real.paths
  const inItem = (path: Array<string | number> | undefined) => (path === undefined ? undefined : pathText(items === undefined ? path : path.slice(2)))
  const fields = Object.fromEntries(
    Object.entries({ code: inItem(code), message: inItem(message), status: inItem(status) }).filter(([, path]) => path !== undefined),
  )
  return { ...base, errors: { ...(items === undefined ? {} : { items }), fields, under: 'page', statusSections: false } }
}

function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return PLACEHOLDER.test(value.trim())
  if (Array.isArray(value)) return value.some(hasPlaceholder)
  if (isJsonObject(value)) return Object.values(value).some(hasPlaceholder)
  return false
}
