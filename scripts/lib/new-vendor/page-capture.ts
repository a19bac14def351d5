import type { PageBlock } from '../../../providers/doc-pages/page-block.ts'
import { pagePattern } from '../../../providers/doc-pages/page-pattern.ts'
import { renderPageText } from '../../../providers/doc-pages/page-text.ts'
import type { DiscoveredReading } from './discover-reading.ts'
import type { PageFile } from './read-page-file.ts'

/** A new vendor's page in both forms the project keeps: the text capture (the snapshot) and the HTML. */
export interface PageCapture {
  /** `providers/doc-snapshots/<id>.txt`. */
  text: string
  /** `providers/<id>/doc-page.html`. */
  html: string
}

/**
 * The snapshot and the HTML of a new vendor's page: an HTML page is kept as it came and captured as
 * text with the kit's renderer (cells joined by the chosen separator), as `drift --accept` captures
 * it; a text capture is kept as it came (with a final line break), and an HTML page is made from it:
 * its titles as headings, its tables' rows as table rows, its examples as code, the rest as paragraphs.
 *
 * @example
 * const { text, html } = pageCapture(page, discovered, 'Acme Pay')
 */
export function pageCapture(page: PageFile, discovered: DiscoveredReading, name: string): PageCapture {
  if (page.form === 'html') return { text: renderPageText(page.blocks, discovered.reading.cellSeparator), html: page.text }
  const text = page.text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n')
  return { text, html: htmlOf(page.blocks, discovered, name) }
}

function htmlOf(blocks: readonly PageBlock[], discovered: DiscoveredReading, name: string): string {
  const titles = discovered.reading.sections.lines === undefined ? /$^/ : pagePattern(discovered.reading.sections.lines)
  const rows = new Map<number, string[]>()
  const headers = new Map<number, string[]>()
  for (const table of discovered.tables) {
    const separator = discovered.reading.cellSeparator
    for (const index of table.rows) rows.set(index, cellsOf(blocks[index]!, table.rule.columns?.length ?? 2, separator))
    if (!table.rows.includes(table.start)) headers.set(table.start, cellsOf(blocks[table.start]!, table.rule.columns?.length ?? 2, separator))
  }
  const body: string[] = []
  let open = false
  const close = () => {
    if (open) body.push('</tbody>', '</table>')
    open = false
  }
  blocks.forEach((block, index) => {
    const cells = rows.get(index) ?? headers.get(index)
    if (cells) {
      if (!open) body.push('<table>', '<tbody>')
      open = true
      const tag = headers.has(index) ? 'th' : 'td'
      body.push(`<tr>${cells.map((cell) => `<${tag}>${escape(cell)}</${tag}>`).join('')}</tr>`)
      return
    }
    close()
    if (block.kind === 'code') body.push(`<pre><code>${escape(block.text)}</code></pre>`)
    else if (block.kind !== 'row' && titles.test(block.text)) body.push(`<h2>${escape(block.text)}</h2>`)
    else body.push(`<p>${escape(block.kind === 'row' ? block.cells.join(' ') : block.text)}</p>`)
  })
  close()
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escape(name)}: errors</title></head>`,
    '<body>',
    '<!-- Made by npm run new-vendor from the text capture it was given: replace it with the page as the site serves it. -->',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** A captured row's cells: split at the separator, or, for a space, the leading status or code and the rest. */
function cellsOf(block: PageBlock, columns: number, separator: string): string[] {
  const text = block.kind === 'row' ? block.cells.join(separator) : block.text
  if (separator !== ' ') return text.split(separator)
  const words = text.split(' ')
  return [...words.slice(0, columns - 1), words.slice(columns - 1).join(' ')]
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
