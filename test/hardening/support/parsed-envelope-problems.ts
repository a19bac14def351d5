import { ERROR_KINDS } from '../../../consumers/errors/error-kind.ts'
import type { ParsedEnvelope } from '../../../consumers/http/error-envelope.ts'

const KINDS: ReadonlySet<string> = new Set(ERROR_KINDS)

/**
 * What is wrong with a parser's result, as a list of sentences (empty when it is a well-typed
 * envelope or null, the two answers a parser may give).
 *
 * @example
 * parsedEnvelopeProblems({ code: NaN, message: null }) // ['code is not a string, a finite number or null']
 */
export function parsedEnvelopeProblems(parsed: ParsedEnvelope | null): string[] {
  if (parsed === null) return []
  if (typeof parsed !== 'object') return [`returned ${typeof parsed} instead of an envelope or null`]
  const problems: string[] = []
  const { code, message, field, kind } = parsed
  if (!(code === null || typeof code === 'string' || (typeof code === 'number' && Number.isFinite(code))))
    problems.push('code is not a string, a finite number or null')
  if (!(message === null || typeof message === 'string')) problems.push('message is not a string or null')
  if (!(field === undefined || typeof field === 'string')) problems.push('field is not a string or undefined')
  if (!(kind === undefined || KINDS.has(kind))) problems.push(`kind ${String(kind)} is not an error kind`)
  return problems
}
