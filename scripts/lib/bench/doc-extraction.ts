import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { readDocPage, type PageForm } from '../../../providers/doc-pages/extract-doc-page.ts'
import { conventionFile } from '../../../providers/vendor-conventions.ts'
import { VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'
import type { BenchOptions, BenchRow, BenchSectionResult } from './bench-types.ts'
import { summarize } from './summarize.ts'
import { SYNTHETIC_PAGE_VENDOR, syntheticDocPage } from './synthetic-doc-page.ts'

/** Extractions per page and run; a page takes about a millisecond, so one is too few to time. */
const EXTRACTIONS_PER_RUN = 20
/** With `--quick`: enough to show the figures are sane, not to compare them. */
const QUICK_EXTRACTIONS_PER_RUN = 2

/** The pages timed per vendor: the text capture (the snapshot) and the HTML rendering the drift tests use. */
const PAGES: ReadonlyArray<{ form: PageForm; path: (vendor: VendorId) => string }> = [
  { form: 'text', path: (vendor) => conventionFile('snapshot', vendor) },
  { form: 'html', path: (vendor) => conventionFile('docPageHtml', vendor) },
]

/**
 * Doc extraction time per page: each vendor's page, as its text capture and as HTML (parse5),
 * read by its extractor (`readDocPage`: checks, blocks, extractor) after one warm-up read. A run
 * times {@link EXTRACTIONS_PER_RUN} reads and keeps their mean; figures are medians over runs
 * (at least 3; with `--quick`, the runs asked for, of {@link QUICK_EXTRACTIONS_PER_RUN} reads). A page form that is not there is skipped. Then synthetic pages of each bench
 * size (the base vendor's layout with that many more table rows): time per page, per documented
 * error, and the per-error ratio largest / smallest within each run.
 *
 * @example
 * const result = await benchDocExtraction({ runs: 5, ... })
 */
export async function benchDocExtraction(options: BenchOptions): Promise<BenchSectionResult> {
  const runs = options.quick ? options.runs : Math.max(options.runs, 3)
  const reads = options.quick ? QUICK_EXTRACTIONS_PER_RUN : EXTRACTIONS_PER_RUN
  const rows: BenchRow[] = []
  const details: Record<string, { errors: number; bytes: number; msPerRun: number[] }> = {}
  for (const vendor of VENDOR_IDS) {
    for (const { form, path } of PAGES) {
      const source = path(vendor)
      if (!existsSync(join(PROJECT_ROOT, source))) continue
      const bytes = readFileSync(join(PROJECT_ROOT, source))
      const { page } = readDocPage({ vendor, source, bytes, form })
      const msPerRun: number[] = []
      for (let run = 0; run < runs; run++) {
        const started = performance.now()
        for (let read = 0; read < reads; read++) readDocPage({ vendor, source, bytes, form })
        msPerRun.push((performance.now() - started) / reads)
      }
      const figure = summarize(msPerRun)
      details[`${vendor} (${form})`] = { errors: page.errors.length, bytes: bytes.length, msPerRun }
      rows.push({
        case: `${vendor} page (${form}, ${page.errors.length} errors, ${(bytes.length / 1024).toFixed(1)} KiB)`,
        metric: 'per page',
        unit: 'ms',
        figure,
      })
      options.log(`doc extraction: ${vendor} (${form}): ${figure.median.toFixed(2)} ms per page`)
    }
  }
  const scaling = timeSyntheticPages(options, runs, reads)
  rows.push(...scaling.rows)
  return { section: 'doc extraction', rows, details: { pages: details, synthetic: scaling.details } }
}

function timeSyntheticPages(options: BenchOptions, runs: number, readsPerRun: number): { rows: BenchRow[]; details: Record<number, number[]> } {
  const sizes = [...options.sizes].sort((a, b) => a - b)
  const pages = new Map(sizes.map((size) => [size, syntheticDocPage(size)]))
  const msPerPage: Record<number, number[]> = Object.fromEntries(sizes.map((size) => [size, []]))
  const errors = new Map<number, number>()
  const read = (size: number) => readDocPage({ vendor: SYNTHETIC_PAGE_VENDOR, source: `synthetic-${size}.txt`, bytes: pages.get(size)!, form: 'text' })
  for (const size of sizes) errors.set(size, read(size).page.errors.length)
  for (let run = 0; run < runs; run++) {
    for (const size of sizes) {
      const reads = Math.max(1, Math.round(readsPerRun / Math.max(1, size / 100)))
      const started = performance.now()
      for (let index = 0; index < reads; index++) read(size)
      msPerPage[size]!.push((performance.now() - started) / reads)
    }
  }
  const rows: BenchRow[] = []
  for (const size of sizes) {
    const count = errors.get(size)!
    rows.push({ case: `synthetic ${SYNTHETIC_PAGE_VENDOR} page, ${count} errors`, metric: 'per page', unit: 'ms', figure: summarize(msPerPage[size]!) })
    rows.push({
      case: `synthetic ${SYNTHETIC_PAGE_VENDOR} page, ${count} errors`,
      metric: 'per documented error',
      unit: 'µs',
      figure: summarize(msPerPage[size]!.map((ms) => (ms * 1000) / count)),
    })
  }
  const [smallest, largest] = [sizes[0]!, sizes[sizes.length - 1]!]
  if (largest !== smallest) {
    const ratios = msPerPage[largest]!.map((ms, run) => ms / errors.get(largest)! / (msPerPage[smallest]![run]! / errors.get(smallest)!))
    rows.push({ case: `synthetic page, ${largest} vs ${smallest} more rows`, metric: 'per-error ratio', unit: '×', figure: summarize(ratios) })
  }
  return { rows, details: msPerPage }
}
