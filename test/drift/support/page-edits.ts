/**
 * String edits that tests apply to a stored snapshot to make an edited or reformatted copy of a
 * vendor's page. Each edit fails loudly when its anchor is not in the page exactly once, so a
 * snapshot change cannot silently turn an edit into a no-op.
 */

/** Replaces the one occurrence of `from`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`edit anchor must occur exactly once: ${JSON.stringify(from)}`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

/** Inserts `line` as a new line after the line that contains `anchor`. */
export function insertLineAfter(text: string, anchor: string, line: string): string {
  const at = text.indexOf(anchor)
  if (at === -1 || text.indexOf(anchor, at + 1) !== -1) throw new Error(`edit anchor must occur exactly once: ${JSON.stringify(anchor)}`)
  const end = text.indexOf('\n', at)
  return end === -1 ? `${text}\n${line}` : `${text.slice(0, end + 1)}${line}\n${text.slice(end + 1)}`
}

/** Removes the whole line that contains `anchor`. */
export function removeLine(text: string, anchor: string): string {
  const at = text.indexOf(anchor)
  if (at === -1 || text.indexOf(anchor, at + 1) !== -1) throw new Error(`edit anchor must occur exactly once: ${JSON.stringify(anchor)}`)
  const start = text.lastIndexOf('\n', at) + 1
  const end = text.indexOf('\n', at)
  return text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1))
}

/** Swaps two non-overlapping pieces of text, each occurring once. */
export function swap(text: string, first: string, second: string): string {
  const marker = '\u0000swap\u0000'
  return replaceOnce(replaceOnce(replaceOnce(text, first, marker), second, first), marker, second)
}

/** Windows line endings. */
export function withCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

/** Every line indented (tabs and spaces), and trailing spaces added. */
export function reindented(text: string): string {
  return text
    .split('\n')
    .map((line, index) => (line === '' ? line : `${index % 2 ? '\t' : '    '}${line}  `))
    .join('\n')
}
