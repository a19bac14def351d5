/** Words in an error's code or text, and the status such an error usually has: a table, checked in order. */
const STATUS_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/not[\s_-]?found|no[\s_-]?such|does not exist|unknown[\s_-](account|entry|resource|id)/i, 404],
  [/token|unauthori[sz]ed|unauthenticated|credential|api[\s_-]?key|signature/i, 401],
  [/forbidden|permission|denied|not[\s_-]?allowed|scope/i, 403],
  [/conflict|already[\s_-]?exists|duplicate|exists/i, 409],
  [/rate[\s_-]?limit|too[\s_-]?many|throttl/i, 429],
  [/internal|server[\s_-]?error|unavailable|timeout|maintenance/i, 500],
  [/payment|declined|insufficient[\s_-]?funds|billing/i, 402],
]

/**
 * A status for an error the page gives none for, guessed from its words (a draft's assumption,
 * for a person to check): `account_not_found` → 404, `duplicate_reference` → 409, else 400.
 *
 * @example
 * guessStatus(['account_not_found', 'No account has this number.']) // 404
 */
export function guessStatus(texts: ReadonlyArray<string | number | null>): number {
  const words = texts.filter((text) => text !== null).join(' ')
  return STATUS_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 400
}
