/**
 * A catalog file that cannot be used, with the file, vendor, entry and field it is about.
 *
 * @example
 * throw new CatalogError({ file, vendor: 'usta', entry: 'entity-not-found', field: 'status', problem: 'expected a number' })
 */
export class CatalogError extends Error {
  override readonly name = 'CatalogError' as const
  readonly file: string
  readonly vendor: string
  readonly entry: string | undefined
  readonly field: string | undefined

  constructor(where: { file: string; vendor: string; entry?: string | undefined; field?: string | undefined; problem: string }) {
    const entry = where.entry === undefined ? '' : ` entry "${where.entry}"`
    const field = where.field === undefined ? '' : ` field "${where.field}"`
    super(`${where.file}: vendor "${where.vendor}"${entry}${field}: ${where.problem}`)
    this.file = where.file
    this.vendor = where.vendor
    this.entry = where.entry
    this.field = where.field
  }
}
