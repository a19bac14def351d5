import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/** The vendor whose page layout the synthetic pages copy: an error-code table, one row a line. */
export const SYNTHETIC_PAGE_VENDOR = 'usta'

/** The last documented row of the real table; synthetic rows go right after it. */
const LAST_ROW = '9003mail trigger errorError while triggering an email.'

/**
 * A synthetic text capture of the base vendor's error page whose error-code table holds `rows`
 * more rows (codes 70001…, a message and a description each, run together as in the capture),
 * for timing the extractor as pages grow.
 *
 * @example
 * const bytes = syntheticDocPage(1000) // readDocPage({ vendor: 'usta', form: 'text', bytes, … }) finds 1,000 more errors
 */
export function syntheticDocPage(rows: number): Uint8Array {
  const text = readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${SYNTHETIC_PAGE_VENDOR}.txt`), 'utf8')
  if (!text.includes(LAST_ROW)) throw new Error(`syntheticDocPage: the ${SYNTHETIC_PAGE_VENDOR} snapshot no longer has the row "${LAST_ROW}"`)
  const extra = Array.from({ length: rows }, (_, index) => `${70001 + index}synthetic failure ${index + 1}Synthetic failure number ${index + 1} happened.`)
  return new TextEncoder().encode(text.replace(LAST_ROW, [LAST_ROW, ...extra].join('\n')))
}
