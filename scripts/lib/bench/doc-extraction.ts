import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { readDocPage } from '../../../providers/doc-pages/extract-doc-page.ts'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import type { BenchOptions, BenchRow, BenchSectionResult } from './bench-types.ts'
import { summarize } from './summarize.ts'

/** Extractions per page and run; a page takes about a millisecond, so one is too few to time. */
const EXTRACTIONS_PER_RUN = 20

/**
 * Doc extraction time per page: each vendor's snapshot (the plain-text capture) read by its
 * extractor (`readDocPage`: checks, blocks, extractor), after one warm-up read. A run times
 * {@link EXTRACTIONS_PER_RUN} reads and keeps their mean; figures are medians over runs.
 *
 * @example
 * const result = await benchDocExtraction({ runs: 5, ... })
 */
export async function benchDocExtraction(options: BenchOptions): Promise<BenchSectionResult> {
  const rows: BenchRow[] = []
  const details: Record<string, { errors: number; bytes: number; msPerRun: number[] }> = {}
  for (const vendor of VENDOR_IDS) {
    const source = `providers/doc-snapshots/${vendor}.txt`
    const bytes = readFileSync(join(PROJECT_ROOT, source))
    const { page } = readDocPage({ vendor, source, bytes, form: 'text' })
    const msPerRun: number[] = []
    for (let run = 0; run < Math.max(options.runs, 3); run++) {
      const started = performance.now()
      for (let read = 0; read < EXTRACTIONS_PER_RUN; read++) readDocPage({ vendor, source, bytes, form: 'text' })
      msPerRun.push((performance.now() - started) / EXTRACTIONS_PER_RUN)
    }
    details[vendor] = { errors: page.errors.length, bytes: bytes.length, msPerRun }
    rows.push({
      case: `${vendor} page (text, ${page.errors.length} errors, ${(bytes.length / 1024).toFixed(1)} KiB)`,
      metric: 'per page',
      unit: 'ms',
      figure: summarize(msPerRun),
    })
    options.log(`doc extraction: ${vendor}: ${summarize(msPerRun).median.toFixed(2)} ms per page`)
  }
  return { section: 'doc extraction', rows, details }
}
