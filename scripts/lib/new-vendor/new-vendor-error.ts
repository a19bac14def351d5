/** What stopped `npm run new-vendor` before it wrote anything. */
export type NewVendorProblem = 'bad-option' | 'bad-id' | 'existing-id' | 'unreadable-page' | 'empty-page' | 'no-errors' | 'no-landmarks' | 'no-drift-cases'

/**
 * A refusal of `npm run new-vendor`, naming the problem; nothing was written.
 *
 * @example
 * throw new NewVendorError('existing-id', 'providers/acme/ already exists: "acme" is taken; choose another id')
 */
export class NewVendorError extends Error {
  override readonly name = 'NewVendorError' as const
  readonly problem: NewVendorProblem

  constructor(problem: NewVendorProblem, detail: string) {
    super(`new-vendor: ${problem}: ${detail}`)
    this.problem = problem
  }
}

/**
 * Whether a value is a {@link NewVendorError}, also across module copies (checks `name`).
 *
 * @example
 * if (isNewVendorError(error)) process.exitCode = 2
 */
export function isNewVendorError(value: unknown): value is NewVendorError {
  return value instanceof Error && value.name === 'NewVendorError' && 'problem' in value
}
