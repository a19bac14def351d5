import { balancedEnd, jsonValuesIn } from './json-examples.ts'
import type { PageBlock } from './page-block.ts'

/** How many lines a JSON example in a text capture may span before it is taken for prose. */
const MAX_EXAMPLE_LINES = 200

/**
 * Splits a plain-text capture into blocks: each JSON example (one line or many) becomes a `code`
 * block, every other non-blank line a `text` block. Line endings, indentation and runs of spaces
 * are normalised away, so a reformatted capture gives the same blocks.
 *
 * @example
 * textBlocks('Errors\r\n  {"errorCode": 3001}\n') // [{ kind: 'text', text: 'Errors' }, { kind: 'code', text: '{"errorCode": 3001}' }]
 */
export function textBlocks(text: string): PageBlock[] {
  const lines = text.split(/\r\n|\r|\n/).map(tidyLine)
  const blocks: PageBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line === '') continue
    const example = line.startsWith('{') || line.startsWith('[') ? exampleAt(lines, index) : undefined
    if (example) {
      blocks.push({ kind: 'code', text: example.text })
      index = example.last
    } else {
      blocks.push({ kind: 'text', text: line })
    }
  }
  return blocks
}

/** Trims a line and folds runs of spaces and tabs (a no-break space is kept: some pages use it as a separator). */
function tidyLine(line: string): string {
  return line.replace(/[ \t\f\v]+/g, ' ').replace(/^[ \u00a0]+|[ \u00a0]+$/g, '')
}

/** The JSON example starting at line `first`, if the lines from there form one that parses. */
function exampleAt(lines: string[], first: number): { text: string; last: number } | undefined {
  let joined = ''
  for (let last = first; last < lines.length && last < first + MAX_EXAMPLE_LINES; last++) {
    joined += (last === first ? '' : '\n') + lines[last]
    const end = balancedEnd(joined, 0)
    if (end === -1) continue
    if (joined.slice(end).trim() !== '' || jsonValuesIn(joined).length === 0) return undefined
    return { text: joined, last }
  }
  return undefined
}
