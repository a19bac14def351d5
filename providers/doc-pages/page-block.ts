/**
 * A page reduced to what extractors read, the same for a text capture and for HTML:
 * headings and paragraphs as text, table rows as cells, code blocks as raw text.
 * A text capture has no markup, so its headings and rows arrive as `text` blocks, one per line,
 * and each vendor's extractor splits such lines into cells itself.
 *
 * @example
 * const blocks: PageBlock[] = [{ kind: 'heading', text: 'Errors' }, { kind: 'row', cells: ['404', 'entity_not_found'], header: false }]
 */
export type PageBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  | {
      kind: 'row'
      /** Each cell's text on one line. */
      cells: string[]
      header: boolean
      /** Each cell's text with its line breaks (`<br>`, paragraphs inside the cell) as `\n`, for rendering a capture. */
      lines?: string[]
    }
  | { kind: 'code'; text: string }

/**
 * A block's words as one line: a row's cells joined by `separator`.
 *
 * @example
 * blockText({ kind: 'row', cells: ['3001', 'entity not found'], header: false }, '') // '3001entity not found'
 */
export function blockText(block: PageBlock, separator = ' '): string {
  return block.kind === 'row' ? block.cells.join(separator) : block.text
}
