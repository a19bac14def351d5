import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../catalog/project-root.ts'
import { ApiReferenceError } from './api-reference-error.ts'
import { ApiReferenceFile } from './api-reference-schema.ts'

/** The path of a vendor's API reference file, relative to the project root. */
export function apiReferencePath(vendor: string): string {
  return `providers/${vendor}/api-reference.json`
}

/**
 * Reads and validates one vendor's API reference: the schema, the vendor name, and that every
 * `source` a fact names is one of the file's sources. A problem throws an
 * {@link ApiReferenceError} naming the file, vendor and field. Tests and the conformance check read
 * it; a sandbox or client never does.
 *
 * @example
 * const reference = loadApiReference('plansource')
 * reference.operations.find((operation) => operation.id === 'getEoiSubscriber')
 */
export function loadApiReference(vendor: string, root: string = PROJECT_ROOT): ApiReferenceFile {
  const file = apiReferencePath(vendor)
  if (!/^[a-z][a-z0-9-]*$/.test(vendor)) throw new ApiReferenceError({ file, vendor, problem: 'cannot be read: the vendor is not a vendor id' })
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(join(root, file), 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ApiReferenceError({ file, vendor, problem: `cannot be read (${reason})` })
  }
  const parsed = ApiReferenceFile.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ApiReferenceError({ file, vendor, field: issue.path.map(String).join('.') || undefined, problem: issue.message })
  }
  const reference = parsed.data
  if (reference.vendor !== vendor) throw new ApiReferenceError({ file, vendor, field: 'vendor', problem: `says "${reference.vendor}", expected "${vendor}"` })
  for (const { path, source } of namedSources(reference)) {
    if (!Object.hasOwn(reference.sources, source))
      throw new ApiReferenceError({ file, vendor, field: `${path}.source`, problem: `names "${source}", which is not one of the file's sources` })
  }
  return reference
}

/** Every `source` a fact names, with where it is, outside the `sources` table itself. */
export function namedSources(reference: ApiReferenceFile): Array<{ path: string; source: string }> {
  const found: Array<{ path: string; source: string }> = []
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}.${index}`))
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'source' && typeof item === 'string') found.push({ path, source: item })
        else if (key !== 'example') visit(item, path ? `${path}.${key}` : key)
      }
    }
  }
  const { sources: _sources, ...facts } = reference
  visit(facts, '')
  return found
}
