import type { PageBlock } from '../../../providers/doc-pages/page-block.ts'

/** The longest line taken for a title in a text capture. */
const MAX_TITLE = 80

/**
 * The section titles of a page: its headings (HTML), or, in a text capture, which has none, its
 * first line and each short line that stands right above a table or an example (`starts`: the
 * indices of the blocks that begin them). Kept in page order, without repeats.
 *
 * @example
 * pageTitles(htmlBlocks(html), []) // ['Acme Pay API', 'Errors', 'Error codes']
 */
export function pageTitles(blocks: readonly PageBlock[], starts: readonly number[]): string[] {
  const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text)
  if (headings.length > 0) return unique(headings)
  const titles: string[] = []
  const first = blocks.find((block) => block.kind === 'text')
  if (first?.kind === 'text' && isTitleLine(first.text)) titles.push(first.text)
  for (const start of starts) {
    const above = blocks[start - 1]
    if (above?.kind === 'text' && isTitleLine(above.text)) titles.push(above.text)
  }
  return unique(titles)
}

/** A line short enough for a title that reads as one: no sentence end, no colon, no digits at its start. */
export function isTitleLine(text: string): boolean {
  return text.length <= MAX_TITLE && !/[.:;,!?]$/.test(text) && !/^\d/.test(text) && !/[{}[\]|]/.test(text)
}

/**
 * A text as a regular expression source that matches exactly it.
 *
 * @example
 * escapeRegex('Errors (v2)') // 'Errors \\(v2\\)'
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)]
}
