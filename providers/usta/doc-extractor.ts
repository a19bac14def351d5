import { bodyValues } from '../doc-pages/body-fields.ts'
import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import type { DocumentedError, ExtractedPage, PageWarning } from '../doc-pages/documented-error.ts'
import { blankError } from '../doc-pages/documented-error.ts'
import { isJsonObject, jsonSpansIn } from '../doc-pages/json-examples.ts'
import { blockText, type PageBlock } from '../doc-pages/page-block.ts'
import docPage from './doc-page.json' with { type: 'json' }

/** A line of the API Responses table naming the HTTP methods a row is about. */
const METHODS = /^(GET|PUT|PATCH|POST|DELETE)( (GET|PUT|PATCH|POST|DELETE))*$/

/** A captured row of the API Responses table, its cells run together: the methods, then "HTTP Response …". */
const METHODS_ROW = /^((?:GET|PUT|PATCH|POST|DELETE)(?: (?:GET|PUT|PATCH|POST|DELETE))*) ?(?=HTTP Response)/

/**
 * Reads USTA's error-code page as `doc-page.json` configures it: one error per row of the HTTP
 * status table (no code), one per row of the error-code table (code, message, description; no
 * status), one per entry of each example body under "Error Messages". A text capture runs table
 * cells together (`3001entity not foundEntity was not found.`) and may put a row's cells on lines
 * of their own; HTML gives them as cells. Its own quirks: the "API Responses" table, whose cells
 * hold a failure example followed by its "HTTP Response Code", one error each; and the page's two
 * envelope shapes, reported as a warning.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'usta', source: 'usta.txt' }).errors.filter((e) => e.code === 3001).length // 4
 */
export const docExtractor = configuredExtractor(docPage, () => {
  const responses: PageBlock[][] = []
  return {
    claim(block, { section }) {
      if (!/^API Responses$/i.test(section)) return false
      const line = blockText(block, '')
      if (block.kind === 'row' ? METHODS.test(block.cells[0] ?? '') : METHODS.test(line) || METHODS_ROW.test(line)) {
        if (block.kind === 'row' || METHODS_ROW.test(line) || responses.length === 0 || !isMethodsOnly(responses[responses.length - 1]!))
          responses.push([block])
        else responses[responses.length - 1]!.push(block)
        return true
      }
      if (responses.length === 0 || block.kind === 'row') return false
      responses[responses.length - 1]!.push(block)
      return true
    },
    errors: () => responses.flatMap(responseErrors),
    finish: (page: ExtractedPage) => ({ ...page, warnings: [...envelopeWarnings(page.errors), ...page.warnings] }),
  }
})

function isMethodsOnly(group: readonly PageBlock[]): boolean {
  return group.every((block) => block.kind === 'text' && METHODS.test(block.text))
}

/** The failure examples of one API Responses row: each JSON body with the "HTTP Response Code" that follows it. */
function responseErrors(group: readonly PageBlock[]): DocumentedError[] {
  const text = group.map((block) => (block.kind === 'row' ? block.cells.join('\n') : block.text)).join('\n')
  const methods = group.filter((block) => block.kind === 'text' && METHODS.test(block.text)).map((block) => blockText(block, ' '))
  const first = group[0]
  const name =
    first?.kind === 'row' ? (first.cells[0] ?? '') : methods.length > 0 ? methods.join(' ') : (METHODS_ROW.exec(first ? blockText(first, '') : '')?.[1] ?? '')
  const evidence = group.map((block) => blockText(block, '')).join('\n')
  return jsonSpansIn(text).flatMap((span) => {
    const status = /HTTP Response Code: ?(\d{3})/.exec(text.slice(span.end))?.[1]
    return bodyErrors(span.value, evidence, status ? [Number(status)] : []).map((error) => ({ ...error, name }))
  })
}

/** Where an error body keeps its code and message: as `doc-page.json` says for the "Error Messages" examples. */
const FIELDS = [{ code: 'errorCode', message: 'message' }]

/** The errors an example body documents: one per entry of its `errors` array, or the bare body itself. */
function bodyErrors(body: unknown, evidence: string, statuses: number[]): DocumentedError[] {
  const items = isJsonObject(body) && Array.isArray(body.errors) ? body.errors : [body]
  return items.filter(isJsonObject).map((item) => {
    const { code, message } = bodyValues(item, FIELDS)
    return { ...blankError('API Responses', evidence), statuses, code, message, examples: [body] }
  })
}

/** The page shows error bodies in two shapes: `{"errors":[…]}` and a bare `{"errorCode", "message"}`. */
function envelopeWarnings(errors: readonly DocumentedError[]): PageWarning[] {
  const shapes = new Map<string, string>()
  for (const error of errors) {
    for (const example of error.examples) {
      const shape = isJsonObject(example) && Array.isArray(example.errors) ? '{"errors":[{"errorCode","message",…}]}' : '{"errorCode","message"}'
      if (!shapes.has(shape)) shapes.set(shape, error.section)
    }
  }
  if (shapes.size < 2) return []
  const where = [...shapes].map(([shape, section]) => `${shape} (${section})`).join(' and ')
  return [{ kind: 'two-envelope-shapes', detail: `the page shows error bodies in ${shapes.size} shapes: ${where}` }]
}
