import type { DocExtractor } from '../doc-pages/doc-extractor.ts'
import { blankError, type DocumentedError, type PageWarning } from '../doc-pages/documented-error.ts'
import { isJsonObject, jsonSpansIn, jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText, type PageBlock } from '../doc-pages/page-block.ts'
import { applyProseFacts } from '../doc-pages/page-facts.ts'
import { requireMarkers } from '../doc-pages/page-markers.ts'
import { splitRunTogether } from '../doc-pages/run-together.ts'

/** Landmarks of USTA's Confluence page "API error codes". */
const MARKERS = {
  'the "HTTP Status Codes" section': /^HTTP Status Codes$/i,
  'the "Error Codes" section': /^Error Codes$/i,
  'the "Error Code / Message / Description" table header': /^Error Code ?Message ?Description$/i,
}

/** The page's section titles, which a text capture gives as plain lines. */
const SECTION = /^(Instructions|Overview|Scope|HTTP Status Codes|Error Messages|Error Codes|API Responses)$/i

/** A line of the API Responses table naming the HTTP methods a row is about. */
const METHODS = /^(GET|PUT|PATCH|POST|DELETE)( (GET|PUT|PATCH|POST|DELETE))*$/

/** A captured row of the API Responses table, its cells run together: the methods, then "HTTP Response …". */
const METHODS_ROW = /^((?:GET|PUT|PATCH|POST|DELETE)(?: (?:GET|PUT|PATCH|POST|DELETE))*) ?(?=HTTP Response)/

/**
 * Reads USTA's error-code page: one error per row of the HTTP status table (no code), one per
 * row of the error-code table (code, message, description; no status), one per example body
 * under "Error Messages", and one per failure example of the "API Responses" table (with the
 * "HTTP Response Code" that follows it). A text capture runs table cells together
 * (`3001entity not foundEntity was not found.`); HTML gives them as cells.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'usta', source: 'usta.txt' }).errors.filter((e) => e.code === 3001).length // 4
 */
export const docExtractor: DocExtractor = (blocks, origin) => {
  requireMarkers(blocks, MARKERS, origin)
  const errors: DocumentedError[] = []
  const envelopes: unknown[] = []
  const prose: string[] = []
  const responses: PageBlock[][] = []
  let section = ''
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const line = blockText(block, '')
    if (block.kind !== 'code' && SECTION.test(line)) {
      section = line
      continue
    }
    if (/^HTTP Status Codes$/i.test(section) && block.kind !== 'code' && !isHeader(block)) {
      const row = statusRow(block, section)
      if (row === undefined) prose.push(blockText(block, ' '))
      else if (row !== null) errors.push(row)
    } else if (/^Error Codes$/i.test(section) && block.kind !== 'code' && !isHeader(block)) {
      const taken = codeRow(blocks, index, section)
      if (taken) {
        errors.push(taken.error)
        index = taken.last
      } else prose.push(blockText(block, ' '))
    } else if (/^Error Messages$/i.test(section) && block.kind === 'code') {
      for (const body of jsonValuesIn(block.text)) {
        envelopes.push(body)
        errors.push(...bodyErrors(body, section, block.text, []))
      }
    } else if (/^API Responses$/i.test(section) && (block.kind === 'row' ? METHODS.test(block.cells[0] ?? '') : METHODS.test(line) || METHODS_ROW.test(line))) {
      if (block.kind === 'row' || METHODS_ROW.test(line) || responses.length === 0 || !isMethodsOnly(responses[responses.length - 1]!)) responses.push([block])
      else responses[responses.length - 1]!.push(block)
    } else if (/^API Responses$/i.test(section) && responses.length > 0 && block.kind !== 'row') {
      responses[responses.length - 1]!.push(block)
    } else if (block.kind !== 'code') {
      prose.push(blockText(block, ' '))
    }
  }
  for (const group of responses) errors.push(...responseErrors(group))
  const warnings: PageWarning[] = [...envelopeWarnings(errors), ...applyProseFacts(errors, prose.join('\n'), 'response')]
  return { vendor: origin.vendor, errors, envelopes, warnings }
}

function isHeader(block: PageBlock): boolean {
  return (block.kind === 'row' && block.header) || /^(HTTP Code ?Text ?Description|Error Code ?Message ?Description)$/i.test(blockText(block, ' '))
}

/** A row of the status table; null for a success row, undefined for a line that is no row. */
function statusRow(block: PageBlock, section: string): DocumentedError | null | undefined {
  const cells = block.kind === 'row' ? block.cells : cellsOfLine(blockText(block, ''), /^(\d{3})(\D.*)$/)
  if (!cells || !/^\d{3}$/.test(cells[0] ?? '')) return undefined
  const status = Number(cells[0])
  if (status < 400) return null
  return { ...blankError(section, evidenceOf(block)), statuses: [status], name: cells[1] || null, description: cells.slice(2).join(' ') || null }
}

/** A row of the error-code table starting at `index` (a text capture may spread one row over three lines), with the index of its last block. */
function codeRow(blocks: readonly PageBlock[], index: number, section: string): { error: DocumentedError; last: number } | undefined {
  const block = blocks[index]!
  let cells = block.kind === 'row' ? block.cells : cellsOfLine(blockText(block, ''), /^(\d{4,})(\D.*)$/)
  let last = index
  if (!cells && block.kind === 'text' && /^\d{4,}$/.test(block.text)) {
    const next = blocks.slice(index + 1, index + 3)
    if (next.length === 2 && next.every((item) => item.kind === 'text' && !/^\d{4,}/.test(item.text))) {
      cells = [block.text, ...next.map((item) => blockText(item, ' '))]
      last = index + 2
    }
  }
  if (!cells || !/^\d{4,}$/.test(cells[0] ?? '')) return undefined
  const evidence = blocks
    .slice(index, last + 1)
    .map(evidenceOf)
    .join('\n')
  return { error: { ...blankError(section, evidence), code: Number(cells[0]), message: cells[1] || null, description: cells.slice(2).join(' ') || null }, last }
}

/** Cells of a captured line: the leading number, then the run-together text split where a capital follows without a space. */
function cellsOfLine(line: string, pattern: RegExp): string[] | undefined {
  const match = pattern.exec(line)
  if (!match) return undefined
  return [match[1]!, ...splitRunTogether(match[2]!.trim())]
}

/** What the page shows of a row, as its capture runs cells together. */
function evidenceOf(block: PageBlock): string {
  return blockText(block, '')
}

function isMethodsOnly(group: readonly PageBlock[]): boolean {
  return group.every((block) => block.kind === 'text' && METHODS.test(block.text))
}

/** The errors an example body documents: one per entry of its `errors` array, or the bare body itself. */
function bodyErrors(body: unknown, section: string, evidence: string, statuses: number[]): DocumentedError[] {
  const items = isJsonObject(body) && Array.isArray(body.errors) ? body.errors : [body]
  return items.filter(isJsonObject).map((item) => ({
    ...blankError(section, evidence),
    statuses,
    code: typeof item.errorCode === 'number' || typeof item.errorCode === 'string' ? item.errorCode : null,
    message: typeof item.message === 'string' ? item.message : null,
    examples: [body],
  }))
}

/** The failure examples of one API Responses row: each JSON body with the "HTTP Response Code" that follows it. */
function responseErrors(group: readonly PageBlock[]): DocumentedError[] {
  const text = group.map((block) => (block.kind === 'row' ? block.cells.join('\n') : block.text)).join('\n')
  const methods = group.filter((block) => block.kind === 'text' && METHODS.test(block.text)).map((block) => blockText(block, ' '))
  const first = group[0]
  const name =
    first?.kind === 'row' ? (first.cells[0] ?? '') : methods.length > 0 ? methods.join(' ') : (METHODS_ROW.exec(first ? blockText(first, '') : '')?.[1] ?? '')
  const evidence = group.map(evidenceOf).join('\n')
  return jsonSpansIn(text).flatMap((span) => {
    const status = /HTTP Response Code: ?(\d{3})/.exec(text.slice(span.end))?.[1]
    return bodyErrors(span.value, 'API Responses', evidence, status ? [Number(status)] : []).map((error) => ({ ...error, name }))
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
