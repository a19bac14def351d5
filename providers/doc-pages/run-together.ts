/**
 * Splits a table row whose cells a text capture ran together ("entity not foundEntity was not
 * found.") at the first place where a word's lower-case letter (or closing punctuation) is
 * followed by a capital with no space between, or an acronym runs into a capitalised word
 * ("OKSuccess"). Returns the text whole when there is no such place.
 *
 * @example
 * splitRunTogether('entity not foundEntity was not found.') // ['entity not found', 'Entity was not found.']
 */
export function splitRunTogether(text: string): [string] | [string, string] {
  for (let index = 1; index < text.length; index++) {
    const before = text[index - 1]!
    const char = text[index]!
    const after = text[index + 1] ?? ''
    if (!/[A-Z]/.test(char)) continue
    const wordEnds = /[a-z0-9).:"'\]]/.test(before)
    const acronymEnds = /[A-Z]/.test(before) && /[a-z]/.test(after) && index >= 2 && /[A-Z]/.test(text[index - 2]!) && isWordStart(text, index - 2)
    if (wordEnds || acronymEnds) return [text.slice(0, index), text.slice(index)]
  }
  return [text]
}

/** Whether the capitals before `index` start at a word boundary (so "OKSuccess" splits, "USPTA" does not). */
function isWordStart(text: string, index: number): boolean {
  let start = index
  while (start > 0 && /[A-Z]/.test(text[start - 1]!)) start--
  return start === 0 || /[\s\d]/.test(text[start - 1]!)
}
