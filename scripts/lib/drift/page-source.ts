import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DocPageError } from '../../../providers/doc-pages/doc-page-error.ts'
import type { PageForm } from '../../../providers/doc-pages/extract-doc-page.ts'
import { MAX_PAGE_BYTES } from '../../../providers/doc-pages/page-guards.ts'

/**
 * The path of a vendor's stored snapshot, relative to the project root.
 *
 * @example
 * snapshotPath('usta') // 'providers/doc-snapshots/usta.txt'
 */
export function snapshotPath(vendor: string): string {
  return `providers/doc-snapshots/${vendor}.txt`
}

/** A page's bytes and the form to read them in. */
export interface PageFile {
  bytes: Uint8Array
  form: PageForm
  /** The file, relative to the working folder when it lies under it. */
  source: string
}

/**
 * Reads a page file, refusing one over the page size limit before reading it (so a 50 MB file
 * costs nothing) and anything that is not a regular file. Problems throw a `DocPageError`.
 *
 * @example
 * const { bytes } = readPageFile('usta', 'providers/doc-snapshots/usta.txt', 'text')
 */
export function readPageFile(vendor: string, path: string, form: PageForm): PageFile {
  const source = displayPath(path)
  const fail = (problem: 'unreadable' | 'too-large', detail: string) => new DocPageError({ vendor, source, problem, detail })
  let descriptor: number
  try {
    descriptor = openSync(path, 'r')
  } catch (error) {
    throw fail('unreadable', `cannot be opened (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  try {
    const stat = fstatSync(descriptor)
    if (!stat.isFile()) throw fail('unreadable', 'is not a regular file')
    if (stat.size > MAX_PAGE_BYTES) throw fail('too-large', `${stat.size} bytes is over the limit of ${MAX_PAGE_BYTES}`)
    const bytes = Buffer.alloc(stat.size)
    let read = 0
    while (read < stat.size) {
      const count = readSync(descriptor, bytes, read, stat.size - read, read)
      if (count === 0) break
      read += count
    }
    return { bytes: bytes.subarray(0, read), form, source }
  } finally {
    closeSync(descriptor)
  }
}

/**
 * Finds a vendor's page in a `--docs` folder: `<dir>/<vendor>.txt` or `<dir>/<vendor>.html`
 * (exactly one of them), and reads it.
 *
 * @example
 * readDocsPage('usta', 'edited-pages') // reads edited-pages/usta.html
 */
export function readDocsPage(vendor: string, dir: string): PageFile {
  const candidates = (['txt', 'html'] as const).map(
    (extension) => ({ path: join(dir, `${vendor}.${extension}`), form: extension === 'html' ? 'html' : 'text' }) as const,
  )
  const present = candidates.filter((candidate) => existsSync(candidate.path))
  const source = displayPath(join(dir, `${vendor}.{txt,html}`))
  if (present.length === 0) throw new DocPageError({ vendor, source, problem: 'unreadable', detail: 'neither file exists' })
  if (present.length > 1) throw new DocPageError({ vendor, source, problem: 'unreadable', detail: 'both files exist; keep one' })
  return readPageFile(vendor, present[0]!.path, present[0]!.form)
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown.startsWith('..') || shown === '' ? path : shown
}
