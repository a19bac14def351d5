import { readFileSync, statSync } from 'node:fs'
import { isDocPageError } from '../../../providers/doc-pages/doc-page-error.ts'
import type { PageForm } from '../../../providers/doc-pages/extract-doc-page.ts'
import { htmlBlocks } from '../../../providers/doc-pages/html-blocks.ts'
import type { PageBlock } from '../../../providers/doc-pages/page-block.ts'
import { decodePage } from '../../../providers/doc-pages/page-guards.ts'
import { textBlocks } from '../../../providers/doc-pages/text-blocks.ts'
import { NewVendorError } from './new-vendor-error.ts'

/** A new vendor's error page as read from its file. */
export interface PageFile {
  /** The page's text as decoded (HTML source for the HTML form). */
  text: string
  form: PageForm
  blocks: PageBlock[]
}

/**
 * Reads the page a new vendor starts from, or refuses it, naming the file and the problem: a file
 * that cannot be read (missing, a folder), an empty or blank one, or one that is not text (binary,
 * not UTF-8, too large). An HTML document is read as HTML, anything else as a text capture.
 *
 * @example
 * const { form, blocks } = readPageFile('acme-errors.html', 'acme')
 */
export function readPageFile(file: string, vendor: string): PageFile {
  let bytes: Buffer
  try {
    if (!statSync(file).isFile()) throw new Error('it is not a file')
    bytes = readFileSync(file)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new NewVendorError('unreadable-page', `the page ${file} cannot be read (${reason})`)
  }
  let text: string
  try {
    text = decodePage(bytes, { vendor, source: file })
  } catch (error) {
    if (!isDocPageError(error)) throw error
    throw new NewVendorError(error.problem === 'empty' ? 'empty-page' : 'unreadable-page', `the page ${file} is ${describe(error.problem)}`)
  }
  const form: PageForm = /^\s*<(!doctype html|html[\s>])/i.test(text) ? 'html' : 'text'
  return { text, form, blocks: form === 'html' ? htmlBlocks(text) : textBlocks(text) }
}

function describe(problem: string): string {
  if (problem === 'empty') return 'empty: it holds no text'
  if (problem === 'too-large') return 'too large for an error page'
  return 'not text (binary, or not UTF-8)'
}
