import type { DocExtractor } from '../doc-pages/doc-extractor.ts'
import { blankError, type DocumentedError, type PageWarning } from '../doc-pages/documented-error.ts'
import { jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText, type PageBlock } from '../doc-pages/page-block.ts'
import { applyProseFacts } from '../doc-pages/page-facts.ts'
import { requireMarkers } from '../doc-pages/page-markers.ts'

/** Landmarks of Docplanner's "Errors" guide page. */
const MARKERS = {
  'the name "Docplanner"': /Docplanner/i,
  'the "HTTP Status Codes" heading': /^(# )?HTTP Status Codes$/i,
  'the "Status Code / Description" table header': /^Status Code Description$/i,
}

/** The section about the other direction: Docplanner calling the integrator's webhook. */
const WEBHOOK_SECTION = /^custom error messages$/i

/** A row's first cell: one or more statuses, a dash, then the status's name (and, in a text capture, the description). */
const ROW = /^(\d{3}(?: ?, ?\d{3})*) - (.+)$/

/**
 * Reads Docplanner's error guide: one error per row of the status table (a row may list several
 * statuses: "500, 502, 503, 504"), the content type the page states for every response, and the
 * "Custom error messages" section, which documents the webhook direction: a 4XX answer with
 * `Content-Type: application/json` and an `error_code` body.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'docplanner', source: 'docplanner.txt' }).errors.map((e) => e.statuses)
 * // [[400], [401], [403], [404], [405], [409], [429], [500, 502, 503, 504], []]
 */
export const docExtractor: DocExtractor = (blocks, origin) => {
  requireMarkers(blocks, MARKERS, origin)
  const errors: DocumentedError[] = []
  const prose = { response: [] as string[], webhook: [] as string[] }
  const webhookBlocks: PageBlock[] = []
  let section = ''
  let lastRow: DocumentedError | undefined
  let webhookSection = ''
  for (const block of blocks) {
    const heading = headingOf(block)
    if (heading !== undefined) {
      section = heading
      lastRow = undefined
      continue
    }
    const direction = WEBHOOK_SECTION.test(section) ? 'webhook' : 'response'
    if (direction === 'webhook') {
      webhookSection = section
      webhookBlocks.push(block)
      if (block.kind !== 'code') prose.webhook.push(blockText(block, ' '))
      continue
    }
    if (block.kind === 'code' && jsonValuesIn(block.text).length === 0) prose.response.push(block.text)
    if (block.kind === 'code' || (block.kind === 'row' && block.header)) continue
    const row = rowOf(block, section)
    if (row) {
      lastRow = row
      if (row.statuses.some((status) => status >= 400)) errors.push(row)
    } else if (block.kind === 'text' && lastRow && /^[a-z(]/.test(block.text)) {
      lastRow.description = `${lastRow.description ?? ''} ${block.text}`.trim()
      lastRow.evidence += `\n${block.text}`
    } else {
      lastRow = undefined
      prose.response.push(blockText(block, ' '))
    }
  }
  const webhook = webhookError(webhookBlocks, prose.webhook.join('\n'), webhookSection)
  if (webhook) errors.push(webhook)
  const warnings: PageWarning[] = [
    ...applyProseFacts(errors, prose.response.join('\n'), 'response'),
    ...applyProseFacts(errors, prose.webhook.join('\n'), 'webhook'),
  ]
  return { vendor: origin.vendor, errors, envelopes: [], warnings }
}

/** The page's section titles, which a text capture may give without VuePress's `#` anchor. */
const SECTION_TITLES = /^(HTTP Status Codes|Custom error messages)$/i

/** A heading's title without VuePress's `#` anchor, or undefined for other blocks. */
function headingOf(block: PageBlock): string | undefined {
  if (block.kind === 'heading') return block.text.replace(/^#\s*/, '')
  if (block.kind === 'text' && /^# \S/.test(block.text)) return block.text.slice(2)
  if (block.kind === 'text' && SECTION_TITLES.test(block.text)) return block.text
  return undefined
}

/** A status-table row, read from its cells (HTML) or from a captured line (rows of 2xx statuses too: the caller skips them). */
function rowOf(block: PageBlock, section: string): DocumentedError | undefined {
  if (block.kind === 'heading' || block.kind === 'code') return undefined
  const head = block.kind === 'row' ? (block.cells[0] ?? '') : block.text
  const match = ROW.exec(head)
  if (!match) return undefined
  const statuses = match[1]!.split(',').map((status) => Number(status.trim()))
  const [name, description] = block.kind === 'row' ? [match[2]!, block.cells.slice(1).join(' ')] : splitName(match[2]!)
  return { ...blankError(section, blockText(block, ' ')), statuses, name, description: description || null }
}

/**
 * Splits "Not found Resource has not been found" into the status's name and its description:
 * the name runs until the first capitalised word outside parentheses.
 */
function splitName(text: string): [string, string] {
  const words = text.split(' ')
  let depth = 0
  let index = 1
  for (const word of words.slice(0, 1)) depth += count(word, '(') - count(word, ')')
  for (; index < words.length; index++) {
    const word = words[index]!
    if (depth === 0 && /^[A-Z]/.test(word)) break
    depth += count(word, '(') - count(word, ')')
  }
  return [words.slice(0, index).join(' '), words.slice(index).join(' ')]
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/** The error the integrator's webhook answers with, as the "Custom error messages" section documents it. */
function webhookError(blocks: readonly PageBlock[], prose: string, section: string): DocumentedError | undefined {
  const examples = blocks.filter((block) => block.kind === 'code').flatMap((block) => jsonValuesIn(block.text))
  const rule = prose.split('\n').find((line) => /\b[45]xx\b/i.test(line))
  if (!rule && examples.length === 0) return undefined
  const statusClass = /\b([45])xx\b/i.exec(rule ?? '')?.[1]
  const codes = examples
    .map((example) => (example as { error_code?: unknown }).error_code)
    .filter((code) => typeof code === 'number' || typeof code === 'string')
  return {
    ...blankError(section, blocks.map((block) => blockText(block, ' ')).join('\n'), 'webhook'),
    statusClass: statusClass === '4' ? '4xx' : statusClass === '5' ? '5xx' : null,
    code: (codes[0] as string | number | undefined) ?? null,
    name: section,
    description: rule ?? null,
    examples,
  }
}
