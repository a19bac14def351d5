import type { DocumentedError, ExtractedPage } from './documented-error.ts'

/**
 * A page's errors without what depends on the form the page came in (the evidence text), so
 * that an HTML page and its text capture can be compared.
 *
 * @example
 * expect(comparableErrors(fromHtml)).toEqual(comparableErrors(fromText))
 */
export function comparableErrors(page: ExtractedPage): Array<Omit<DocumentedError, 'evidence'>> {
  return page.errors.map(({ evidence: _evidence, ...error }) => error)
}
