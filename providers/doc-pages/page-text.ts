import type { PageBlock } from './page-block.ts'

/**
 * Renders blocks as a plain-text capture: one line per heading, paragraph line and table row
 * (cells joined by `cellSeparator`, as the vendor's capture runs them together; a line break or
 * paragraph inside a cell starts a new line, as captures do), code as written.
 * Reading the result with `textBlocks` gives the same errors as the blocks themselves.
 *
 * @example
 * renderPageText([{ kind: 'row', cells: ['3001', 'entity not found'], header: false }], '') // '3001entity not found\n'
 */
export function renderPageText(blocks: readonly PageBlock[], cellSeparator: string): string {
  const lines: string[] = []
  for (const block of blocks) {
    if (block.kind === 'row')
      lines.push(
        ...(block.lines ?? block.cells)
          .join(cellSeparator)
          .split('\n')
          .filter((line) => line.trim() !== ''),
      )
    else lines.push(block.text, '')
  }
  return `${lines.join('\n').trim()}\n`
}

/**
 * Folds whitespace and unifies typographic quotes so that two wordings can be compared.
 *
 * @example
 * normalizeWords('Requested  resource doesn’t exist.') // "requested resource doesn't exist."
 */
export function normalizeWords(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}
