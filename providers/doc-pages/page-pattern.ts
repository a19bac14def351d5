import { z } from 'zod'

/** Flags a page pattern may carry: `g` and `y` are left out, since they make `test()` remember where it stopped. */
const PATTERN = /^\/(.+)\/([imsu]*)$/s

/**
 * A regular expression as `doc-page.json` writes it, like a JavaScript literal: `"/^Error Codes$/i"`.
 * JSON has no regular expressions, and a literal keeps its flags beside it.
 *
 * @example
 * PagePattern.parse('/^HTTP Codes$/i') // '/^HTTP Codes$/i'
 */
export const PagePattern = z
  .string()
  .regex(PATTERN, 'a pattern is written like a literal: /source/flags (flags from i, m, s, u)')
  .refine((text) => compiles(text), 'the pattern is not a valid regular expression')

/**
 * The regular expression a page pattern writes.
 *
 * @example
 * pagePattern('/^Error codes$/i').test('ERROR CODES') // true
 */
export function pagePattern(text: string): RegExp {
  const match = PATTERN.exec(text)
  if (!match) throw new Error(`"${text}" is not a page pattern (/source/flags)`)
  return new RegExp(match[1]!, match[2])
}

function compiles(text: string): boolean {
  try {
    pagePattern(text)
    return true
  } catch {
    return false
  }
}
