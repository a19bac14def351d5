import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import type { PageBlock } from './page-block.ts'

type ParentNode = DefaultTreeAdapterTypes.ParentNode
type Element = DefaultTreeAdapterTypes.Element

/** Elements whose text is never page content. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
])

/** Elements that start and end a block of text (the rest are inline and run into their neighbours). */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'ul',
])

/** Stands for a `<br>` while text is gathered, so it can split lines after HTML's own whitespace is folded. */
const LINE_BREAK = '\uE000'

/**
 * Reads an HTML page with a real parser (parse5) into blocks: headings, paragraphs (one block
 * per `<br>`-separated line), table rows as cells, and `<pre>` contents as code. Scripts, styles
 * and hidden elements are left out; page chrome stays in, as it does in a text capture.
 *
 * @example
 * htmlBlocks('<h2>Errors</h2><table><tr><td>404</td><td>entity_not_found</td></tr></table>')
 * // [{ kind: 'heading', text: 'Errors' }, { kind: 'row', cells: ['404', 'entity_not_found'], header: false }]
 * @see https://parse5.js.org/
 */
export function htmlBlocks(html: string): PageBlock[] {
  const writer = new BlockWriter()
  writer.walk(parse(html))
  writer.flush('text')
  return writer.blocks
}

class BlockWriter {
  readonly blocks: PageBlock[] = []
  private buffer = ''
  /** Above 0 while inside a heading, whose inner blocks (anchors, wrappers) stay part of it. */
  private headingDepth = 0

  walk(node: ParentNode): void {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') this.buffer += (child as DefaultTreeAdapterTypes.TextNode).value
      else if ('tagName' in child) this.visit(child)
    }
  }

  flush(kind: 'text' | 'heading'): void {
    if (this.headingDepth > 0 && kind === 'text') return
    for (const line of this.buffer.split(LINE_BREAK).map(foldSpace)) if (line !== '') this.blocks.push({ kind, text: line })
    this.buffer = ''
  }

  private visit(element: Element): void {
    const tag = element.tagName
    if (SKIPPED.has(tag) || isHidden(element)) return
    if (tag === 'br') {
      this.buffer += LINE_BREAK
    } else if (tag === 'pre') {
      this.flush('text')
      const code = rawText(element).replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd()
      if (code !== '') this.blocks.push({ kind: 'code', text: code })
    } else if (tag === 'table') {
      this.flush('text')
      for (const row of rowsOf(element)) this.blocks.push(row)
    } else if (/^h[1-6]$/.test(tag)) {
      this.flush('text')
      this.headingDepth++
      this.walk(element)
      this.headingDepth--
      this.flush('heading')
    } else if (BLOCK_LEVEL.has(tag)) {
      this.flush('text')
      this.walk(element)
      this.flush('text')
    } else {
      this.walk(element)
    }
  }
}

/** Folds HTML whitespace (not the no-break space, which some pages use as a separator) and trims. */
function foldSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^[ \u00a0]+|[ \u00a0]+$/g, '')
}

function isHidden(element: Element): boolean {
  return element.attrs.some((attr) => attr.name === 'hidden' || (attr.name === 'aria-hidden' && attr.value === 'true'))
}

/** An element's text exactly as written (for `<pre>`), leaving out skipped and hidden elements. */
function rawText(node: ParentNode): string {
  let text = ''
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value
    else if ('tagName' in child && !SKIPPED.has(child.tagName) && !isHidden(child)) text += child.tagName === 'br' ? '\n' : rawText(child)
  }
  return text
}

/** A cell's text with a line break for each `<br>` and around each block inside it (paragraphs, code). */
function cellLines(element: Element): string {
  let text = ''
  for (const child of element.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value
    else if ('tagName' in child && !SKIPPED.has(child.tagName) && !isHidden(child)) {
      if (child.tagName === 'br') text += LINE_BREAK
      else if (child.tagName === 'pre') text += `${LINE_BREAK}${rawText(child).split('\n').join(LINE_BREAK)}${LINE_BREAK}`
      else if (BLOCK_LEVEL.has(child.tagName)) text += `${LINE_BREAK}${cellLines(child)}${LINE_BREAK}`
      else text += cellLines(child)
    }
  }
  return text
}

/** A cell's lines, folded: `\n` between lines, no blank ones; a cell made of blocks starts and ends with `\n`. */
function tidyCell(text: string): string {
  const inner = text
    .split(LINE_BREAK)
    .map(foldSpace)
    .filter((line) => line !== '')
    .join('\n')
  const blockish = text.startsWith(LINE_BREAK) || text.endsWith(LINE_BREAK)
  return blockish && inner !== '' ? `\n${inner}\n` : inner
}

/** A cell's text on one line. */
function cellText(element: Element): string {
  return foldSpace(cellLines(element).split(LINE_BREAK).join(' '))
}

/** The rows of a table (not of tables nested in its cells), each with its cells' text. */
function rowsOf(table: Element): PageBlock[] {
  const rows: PageBlock[] = []
  const visit = (node: Element, inHead: boolean) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child) || isHidden(child)) continue
      if (child.tagName === 'tr') {
        const cells = child.childNodes.filter((cell): cell is Element => 'tagName' in cell && (cell.tagName === 'td' || cell.tagName === 'th'))
        const header = inHead || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th'))
        if (cells.length > 0) rows.push({ kind: 'row', cells: cells.map(cellText), header, lines: cells.map((cell) => tidyCell(cellLines(cell))) })
      } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
        visit(child, child.tagName === 'thead')
      } else if (child.tagName === 'caption') {
        const caption = cellText(child)
        if (caption !== '') rows.push({ kind: 'heading', text: caption })
      }
    }
  }
  visit(table, false)
  return rows
}
