/** Why a page could not be read as the vendor's error page. */
export type DocPageProblem = 'empty' | 'binary' | 'too-large' | 'not-the-vendor-page' | 'no-errors' | 'unreadable' | 'bad-url' | 'fetch-failed'

/**
 * A page that cannot be compared: empty, binary, too large, another site's page, or not fetched.
 * Drift reports such a vendor as `error`, never as drifted or unchanged.
 *
 * @example
 * throw new DocPageError({ vendor: 'usta', source: 'docs/usta.html', problem: 'empty', detail: 'the page has no text' })
 */
export class DocPageError extends Error {
  override readonly name = 'DocPageError' as const
  readonly vendor: string
  readonly source: string
  readonly problem: DocPageProblem

  constructor(where: { vendor: string; source: string; problem: DocPageProblem; detail: string }) {
    super(`${where.source}: vendor "${where.vendor}": ${where.problem}: ${where.detail}`)
    this.vendor = where.vendor
    this.source = where.source
    this.problem = where.problem
  }
}

/**
 * Whether a value is a {@link DocPageError}, also across module copies (checks `name`).
 *
 * @example
 * if (isDocPageError(error)) report.outcome = 'error'
 */
export function isDocPageError(value: unknown): value is DocPageError {
  return value instanceof Error && value.name === 'DocPageError' && 'problem' in value
}
