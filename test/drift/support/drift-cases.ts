import type { VendorId } from '../../../providers/vendor-ids.ts'
import { conventionExports } from '../../../scripts/lib/load-convention.ts'
import type { ChangeKey } from './drift-of-page.ts'

/** One edit of a vendor's stored snapshot and the changes drift must report for it, no more, no less. */
export interface PageEdit {
  name: string
  edit: (page: string) => string
  expected: () => ChangeKey[]
}

/**
 * The drift tests' data for one vendor (`providers/<id>/drift-cases.ts`, exported as
 * `driftCases`), written against its stored snapshot with the helpers of `page-edits.ts`.
 */
export interface DriftCases {
  /** Edits drift must report exactly: at least a documented error added and one removed, and where the page states them, a status, a code and the content type changed. */
  edits: PageEdit[]
  /** Two rows (or example bodies) of the page to swap: no drift. */
  swap: [string, string]
  /** A line of the page, and a sentence that documents no error to add after it: no drift. */
  addedProse: [after: string, sentence: string]
}

const cases = await conventionExports<DriftCases>('driftCases')

/**
 * A vendor's drift cases, or an error naming the file to write and the command to run.
 *
 * @example
 * driftCasesOf(vendor).swap // ['400 - Bad request …', '404 - Not found …']
 */
export function driftCasesOf(vendor: VendorId): DriftCases {
  return cases.of(vendor)
}

/**
 * The first of a vendor's edits that drift reports as exactly one change (for tests that need some drifted page).
 *
 * @example
 * const { edit, expected } = oneChangeEdit(vendor)
 */
export function oneChangeEdit(vendor: VendorId): PageEdit {
  const found = driftCasesOf(vendor).edits.find((edit) => edit.expected().length === 1)
  if (found === undefined)
    throw new Error(`${vendor}: providers/${vendor}/drift-cases.ts has no edit that drift reports as exactly one change (a row added or removed)`)
  return found
}
