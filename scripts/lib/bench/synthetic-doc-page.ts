import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { benchVendor } from './bench-cases.ts'

/** The vendor whose page the synthetic pages grow, and how (the first whose bench cases say how to add rows). */
const [vendor, { syntheticRows }] = benchVendor('syntheticRows')

/** The vendor whose page layout the synthetic pages copy. */
export const SYNTHETIC_PAGE_VENDOR = vendor

/**
 * A synthetic text capture of the vendor's error page with `rows` more documented errors, written
 * after its last documented row as the vendor's bench cases say, for timing the extractor as pages grow.
 *
 * @example
 * const bytes = syntheticDocPage(1000) // readDocPage({ vendor: SYNTHETIC_PAGE_VENDOR, form: 'text', bytes, … }) finds 1,000 more errors
 */
export function syntheticDocPage(rows: number): Uint8Array {
  const text = readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${SYNTHETIC_PAGE_VENDOR}.txt`), 'utf8')
  const { after, row } = syntheticRows
  if (!text.includes(after))
    throw new Error(
      `syntheticDocPage: the ${SYNTHETIC_PAGE_VENDOR} snapshot no longer has the row "${after}" (providers/${SYNTHETIC_PAGE_VENDOR}/bench-cases.ts)`,
    )
  const extra = Array.from({ length: rows }, (_, index) => row(index))
  return new TextEncoder().encode(text.replace(after, [after, ...extra].join('\n')))
}
