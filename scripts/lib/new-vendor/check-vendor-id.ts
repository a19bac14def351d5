import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { NewVendorError } from './new-vendor-error.ts'

/** What a new vendor's id looks like: words of lower-case letters and digits joined by single hyphens, starting with a letter. */
const NEW_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** The longest id taken: it names folders, environment variables and a package export. */
const MAX_ID_LENGTH = 40

/**
 * The paths a new vendor would create that must not exist yet: both folders, the snapshot and the
 * contract test. An id whose folder exists under `providers/` or `consumers/` (a vendor, or shared
 * code such as `consumers/errors/`) is taken.
 *
 * @example
 * takenPaths('acme', root) // ['providers/acme/', 'consumers/acme/', …] once acme is a vendor
 */
export function takenPaths(id: string, root: string): string[] {
  return [`providers/${id}/`, `consumers/${id}/`, `providers/doc-snapshots/${id}.txt`, `test/contract/${id}.pact.test.ts`].filter((path) =>
    existsSync(join(root, path)),
  )
}

/**
 * Refuses an id that is malformed or already in use, naming the problem.
 *
 * @example
 * checkVendorId('Acme_Pay', root) // throws NewVendorError bad-id
 */
export function checkVendorId(id: string, root: string): void {
  if (!NEW_ID.test(id) || id.length > MAX_ID_LENGTH)
    throw new NewVendorError(
      'bad-id',
      `"${id}" is not a vendor id: lower-case letters and digits, words joined by single hyphens, starting with a letter, at most ${MAX_ID_LENGTH} characters (e.g. acme-pay)`,
    )
  const taken = takenPaths(id, root)
  if (taken.length > 0)
    throw new NewVendorError('existing-id', `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}: "${id}" is taken; choose another id`)
}
