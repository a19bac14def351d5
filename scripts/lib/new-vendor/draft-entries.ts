import { kindFromStatus } from '../../../consumers/errors/kind-from-status.ts'
import { valueAtPath } from '../../../consumers/http/body-path.ts'
import type { DocumentedError } from '../../../providers/doc-pages/documented-error.ts'
import { draftBody } from './draft-body.ts'
import type { EnvelopePaths } from './envelope-paths.ts'
import { guessStatus } from './guess-status.ts'
import type { VendorNames } from './vendor-names.ts'

/** The placeholder operation every draft's request goes through, until a person finds the vendor's own. */
export const PLACEHOLDER_OPERATION = { id: 'toFillIn', method: 'GET', path: '/to-fill-in/{draft}' } as const

/** Why every draft is one, and what is left to review. */
export const DRAFT_REASON =
  'written by npm run new-vendor from the error page alone: review its status, body and request against the vendor’s API reference, give it a real request and provider state, then remove this field'

/** One assumption of a draft: the field and why. */
interface Assumed {
  field: string
  reason: string
}

/** A catalog entry as written to `catalog.json` (defaults left out). */
export interface DraftEntry {
  id: string
  draft: string
  status: number
  contentType: string
  body: Record<string, unknown>
  code: string | number | null
  message: string | null
  kind: string
  stable: string[]
  varies: string[]
  request: { operation: string; method: string; path: string; args: Record<string, string>; trigger: string }
  state: { name: string; params: Record<string, number> } | null
  doc: { snapshot: string; quote: string }
  assumed: Assumed[]
}

/** Media types for the body formats a page may state without one. */
const FORMAT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  xml: 'application/xml',
  'plain text': 'text/plain',
  text: 'text/plain',
  html: 'text/html',
}

/**
 * One draft catalog entry per error the extractor kit read on the page (as a text capture, so each
 * quote is a line of the snapshot): what the page states is taken as stated; every other value is
 * marked assumed with its reason; every entry is a draft, asked for through the placeholder request.
 *
 * @example
 * draftEntries(page.errors, { names, snapshot: 'providers/doc-snapshots/acme.txt', envelope })[0]
 * // { id: 'bad-request', draft: '…', status: 400, body: { error: { message: '…' } }, assumed: [{ field: 'body', … }, …], … }
 */
export function draftEntries(
  errors: readonly DocumentedError[],
  context: { names: VendorNames; snapshot: string; envelope: { body: Record<string, unknown>; paths: EnvelopePaths } | undefined },
): DraftEntry[] {
  const taken = new Set<string>()
  return errors
    .filter((error) => error.direction === 'response')
    .map((error) => {
      const id = uniqueId(baseId(error), taken)
      const assumed: Assumed[] = []
      const status = statusOf(error, assumed)
      const message = error.message ?? error.description ?? error.name
      const contentType = contentTypeOf(error, assumed)
      const body = draftBody({ code: error.code, message, messageRead: error.message !== null, example: error.examples[0] }, context.envelope)
      if (body.assumed)
        assumed.push({
          field: 'body',
          reason: context.envelope
            ? 'the page shows no body for this error; its error format, with the page’s words for this error as the message (matched by type), stands for it'
            : 'the page shows no error body at all; {"error": {"code", "message"}} stands for it, with the page’s words for this error as the message',
        })
      if (body.standIn !== undefined)
        assumed.push({
          field: `body.${body.standIn}`,
          reason: 'the page gives these words as the error’s description, not as the message its body carries: matched by type',
        })
      for (const path of body.borrowed)
        assumed.push({ field: `body.${path}`, reason: 'the page shows one example value here, not this error’s: it is matched by type' })
      const messagePath = context.envelope?.paths.message
      const bodyMessage = messagePath === undefined ? message : stringAt(body.body, messagePath)
      assumed.push({
        field: 'request',
        reason: `the page does not say which request answers this; ${PLACEHOLDER_OPERATION.method} ${PLACEHOLDER_OPERATION.path} stands for it until a person finds the vendor’s operation`,
      })
      return {
        id,
        draft: DRAFT_REASON,
        status,
        contentType,
        body: body.body,
        code: error.code,
        message: bodyMessage,
        kind: kindFromStatus(status),
        stable: body.stable,
        varies: body.varies,
        request: {
          operation: PLACEHOLDER_OPERATION.id,
          method: PLACEHOLDER_OPERATION.method,
          path: PLACEHOLDER_OPERATION.path.replace('{draft}', id),
          args: { draft: id },
          trigger: 'to fill in: the request that provokes it',
        },
        state: status >= 500 ? { name: `the ${context.names.display} API is failing with {status}`, params: { status } } : null,
        doc: { snapshot: context.snapshot, quote: quoteOf(error) },
        assumed,
      }
    })
}

/** The status the page gives, or one chosen (and marked assumed) where it gives several, a range, or none. */
function statusOf(error: DocumentedError, assumed: Assumed[]): number {
  if (error.statuses.length === 1) return error.statuses[0]!
  if (error.statuses.length > 1) {
    assumed.push({ field: 'status', reason: `the page gives ${error.statuses.join(', ')} for this error; the draft contracts the first` })
    return error.statuses[0]!
  }
  if (error.statusClass !== null) {
    const status = Number(error.statusClass[0]) * 100
    assumed.push({ field: 'status', reason: `the page gives only the range ${error.statusClass}; the draft contracts ${status}` })
    return status
  }
  const status = guessStatus([error.code, error.message, error.name, error.description])
  assumed.push({ field: 'status', reason: `the page gives no status for this error; ${status} is a guess from its words` })
  return status
}

function contentTypeOf(error: DocumentedError, assumed: Assumed[]): string {
  if (error.contentType !== null) return error.contentType
  const type = (error.format !== null ? FORMAT_TYPES[error.format] : undefined) ?? 'application/json'
  assumed.push({
    field: 'contentType',
    reason:
      error.format !== null
        ? `the page says the body is ${error.format} but names no content type; ${type} is assumed`
        : `the page names no content type; ${type} is assumed`,
  })
  return type
}

/** An id in the vendor's words: its code, else the page's name for the error, else its status. */
function baseId(error: DocumentedError): string {
  const words = (text: string) =>
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  const base =
    typeof error.code === 'number'
      ? `error-${error.code}`
      : words(String(error.code ?? error.name ?? '')) || `status-${error.statuses[0] ?? error.statusClass ?? 'unknown'}`
  return error.examples.length > 0 ? `${base}-example` : base
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** The line of the error's evidence a reader finds it by: a table row, or the example's line with the code (else its message). */
function quoteOf(error: DocumentedError): string {
  const lines = error.evidence
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 3)
  if (error.examples.length === 0) return lines[0] ?? error.evidence.trim()
  const find = (value: string | number | null) => (value === null ? undefined : lines.find((line) => line.includes(JSON.stringify(value))))
  return find(error.code) ?? find(error.message) ?? lines.find((line) => /[A-Za-z]{3}/.test(line)) ?? lines[0]!
}

function stringAt(body: unknown, path: ReadonlyArray<string | number>): string | null {
  const value = valueAtPath(body, path)
  return typeof value === 'string' ? value : null
}
