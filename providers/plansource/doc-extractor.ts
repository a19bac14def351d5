import type { DocExtractor } from '../doc-pages/doc-extractor.ts'
import { blankError, type DocumentedError, type PageWarning } from '../doc-pages/documented-error.ts'
import { isJsonObject, jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText, type PageBlock } from '../doc-pages/page-block.ts'
import { applyProseFacts } from '../doc-pages/page-facts.ts'
import { requireMarkers } from '../doc-pages/page-markers.ts'

/** Landmarks of PlanSource's "Frequently Asked Errors" page. */
const MARKERS = {
  'the title "Frequently Asked Errors"': /^Frequently Asked Errors$/i,
  'the name "PlanSource"': /PlanSource/,
}

/** One heading of the page with the prose and examples under it. */
interface Section {
  heading: string
  /** The paragraphs before the first example: the section's description. */
  prose: string[]
  examples: string[]
  /** Text after the examples (page chrome at the end of the page, notes). */
  after: string[]
}

/**
 * Reads PlanSource's error page: a section per status ("400", "401", …) or topic ("Expired
 * Token"), each with a paragraph and example bodies. Every example body is one documented
 * error (status from the heading and the body's `http_status`, code from `error_code` or the
 * OAuth `error`, message from `message` or `error_description`); a status section without an
 * example is one error of that status.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'plansource', source: 'plansource.txt' }).errors[0]
 * // { statuses: [], code: 'invalid_request', message: 'token has expired', name: 'Expired Token', … }
 */
export const docExtractor: DocExtractor = (blocks, origin) => {
  requireMarkers(blocks, MARKERS, origin)
  const sections = sectionsOf(blocks)
  const errors: DocumentedError[] = []
  const warnings: PageWarning[] = []
  for (const section of sections) {
    const headingStatus = /^\d{3}$/.test(section.heading) ? Number(section.heading) : null
    const description = section.prose.join(' ') || null
    const name = headingStatus === null ? section.heading || null : null
    const context = [section.heading, ...section.prose]
    for (const example of section.examples) {
      for (const body of jsonValuesIn(example)) {
        const fields = readBody(body)
        const statuses = [...new Set([headingStatus, fields.status].filter((status): status is number => status !== null))]
        if (statuses.length > 1)
          warnings.push({ kind: 'example-status-differs', detail: `an example under "${section.heading}" has http_status ${fields.status}` })
        errors.push({
          ...blankError(section.heading, [...context, example].join('\n')),
          statuses,
          code: fields.code,
          name,
          message: fields.message,
          description,
          examples: [body],
        })
      }
    }
    if (section.examples.length === 0 && headingStatus !== null && headingStatus >= 400) {
      errors.push({ ...blankError(section.heading, context.join('\n')), statuses: [headingStatus], description })
    }
  }
  const prose = sections.flatMap((section) => [section.heading, ...section.prose, ...section.after]).join('\n')
  warnings.push(...applyProseFacts(errors, prose, 'response'))
  return { vendor: origin.vendor, errors, envelopes: [], warnings }
}

/** Groups blocks under their headings: real headings in HTML; in a text capture, a status alone on a line or a short title. */
function sectionsOf(blocks: readonly PageBlock[]): Section[] {
  const sections: Section[] = [{ heading: '', prose: [], examples: [], after: [] }]
  for (const block of blocks) {
    const current = sections[sections.length - 1]!
    if (block.kind === 'code') current.examples.push(block.text)
    else if (block.kind === 'heading' || (block.kind === 'text' && isHeadingLine(block.text)))
      sections.push({ heading: block.text, prose: [], examples: [], after: [] })
    else if (current.examples.length === 0) current.prose.push(blockText(block, ' '))
    else current.after.push(blockText(block, ' '))
  }
  return sections
}

function isHeadingLine(line: string): boolean {
  return /^\d{3}$/.test(line) || /^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*){0,4}$/.test(line)
}

/** The status, code and message an example body carries, in either of the page's two shapes. */
function readBody(body: unknown): { status: number | null; code: string | number | null; message: string | null } {
  if (isJsonObject(body) && isJsonObject(body.errors)) {
    const { http_status: status, error_code: code, message } = body.errors
    return {
      status: typeof status === 'number' ? status : null,
      code: typeof code === 'string' || typeof code === 'number' ? code : null,
      message: typeof message === 'string' ? message : null,
    }
  }
  if (isJsonObject(body) && typeof body.error === 'string') {
    return { status: null, code: body.error, message: typeof body.error_description === 'string' ? body.error_description : null }
  }
  return { status: null, code: null, message: null }
}
