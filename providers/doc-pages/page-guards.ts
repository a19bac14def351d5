import { DocPageError } from './doc-page-error.ts'

/**
 * The largest page read, in bytes. The vendors' pages are 2–5 kB as text and well under 1 MB as
 * HTML; 8 MiB leaves room for heavy page chrome and still refuses a runaway download or a wrong file.
 */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024

/** Control characters that never occur in a text page (all C0 controls except tab, line feed, form feed, carriage return). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g

/**
 * Turns a page's bytes into text, or throws a {@link DocPageError} when they are too many, not
 * UTF-8, binary or blank. A leading byte-order mark is dropped.
 *
 * @example
 * const text = decodePage(readFileSync('usta.txt'), { vendor: 'usta', source: 'usta.txt' })
 */
export function decodePage(bytes: Uint8Array, where: { vendor: string; source: string }): string {
  const fail = (problem: 'empty' | 'binary' | 'too-large', detail: string) => new DocPageError({ ...where, problem, detail })
  if (bytes.byteLength > MAX_PAGE_BYTES) throw fail('too-large', `${bytes.byteLength} bytes is over the limit of ${MAX_PAGE_BYTES}`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw fail('binary', 'the bytes are not UTF-8 text')
  }
  const controls = text.match(CONTROL)?.length ?? 0
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 1000)) throw fail('binary', `the text holds ${controls} control characters`)
  if (text.trim() === '') throw fail('empty', 'the page has no text')
  return text
}
