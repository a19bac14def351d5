import { splitRunTogether } from './run-together.ts'

/**
 * Ways a captured cell that holds two fields (a status's name and its description, a code's message
 * and description) divides, by name: a table, so `doc-page.json` names the way and no code branches.
 *
 * @example
 * NAME_SPLITTERS['no-break-space']('Unauthorized\u00a0The request was not authorized.') // ['Unauthorized', 'The request was not authorized.']
 */
export const NAME_SPLITTERS = {
  /** Cells the capture ran together ("entity not foundEntity was not found."): split where a capital follows without a space; one piece is the first field. */
  'run-together': (text: string): [string | null, string | null] => {
    const [first, second] = splitRunTogether(text.trim())
    return [first || null, second || null]
  },
  /** The page puts a no-break space between the two; without one, the whole text is the second field. */
  'no-break-space': (text: string): [string | null, string | null] => {
    const at = text.indexOf('\u00a0')
    if (at === -1) return [null, text.trim() || null]
    return [text.slice(0, at).trim() || null, text.slice(at + 1).trim() || null]
  },
  /** "Not found Resource has not been found": the first runs until the first capitalised word outside parentheses. */
  'capitalised-word': (text: string): [string | null, string | null] => {
    const words = text.trim().split(' ')
    let depth = count(words[0] ?? '', '(') - count(words[0] ?? '', ')')
    let index = 1
    for (; index < words.length; index++) {
      const word = words[index]!
      if (depth === 0 && /^[A-Z]/.test(word)) break
      depth += count(word, '(') - count(word, ')')
    }
    return [words.slice(0, index).join(' ') || null, words.slice(index).join(' ') || null]
  },
} as const

/** The names of {@link NAME_SPLITTERS}. */
export const SPLITTER_NAMES = Object.keys(NAME_SPLITTERS) as [keyof typeof NAME_SPLITTERS, ...Array<keyof typeof NAME_SPLITTERS>]

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
