/**
 * An `api-reference.json` that cannot be used, naming the file, vendor and field.
 *
 * @example
 * throw new ApiReferenceError({ file, vendor: 'usta', field: 'operations.0.source', problem: 'names no source' })
 */
export class ApiReferenceError extends Error {
  override readonly name = 'ApiReferenceError' as const
  readonly file: string
  readonly vendor: string
  readonly field: string | undefined

  constructor(where: { file: string; vendor: string; field?: string | undefined; problem: string }) {
    super(`${where.file}: vendor "${where.vendor}"${where.field === undefined ? '' : ` field "${where.field}"`}: ${where.problem}`)
    this.file = where.file
    this.vendor = where.vendor
    this.field = where.field
  }
}
