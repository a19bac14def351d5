/**
 * An input of `npm run assumptions` that cannot be used: a missing or malformed report, an unknown
 * vendor, a catalog that cannot be read or written. The message names the file and the field.
 *
 * @example
 * throw new AssumptionsInputError('reports/verify.json is missing: run npm run verify first')
 */
export class AssumptionsInputError extends Error {
  override readonly name = 'AssumptionsInputError' as const
}

/**
 * Whether a value is an {@link AssumptionsInputError}, also across module copies.
 *
 * @example
 * if (isAssumptionsInputError(error)) stderr.write(error.message)
 */
export function isAssumptionsInputError(error: unknown): error is AssumptionsInputError {
  return error instanceof Error && error.name === 'AssumptionsInputError'
}
