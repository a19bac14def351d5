import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { loadDocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import { DocPageError, isDocPageError } from '../../../providers/doc-pages/doc-page-error.ts'
import { readDocPage } from '../../../providers/doc-pages/extract-doc-page.ts'
import { VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'
import { redactUrl } from '../../../consumers/http/redact-url.ts'
import { acceptPage } from './accept-page.ts'
import { catalogEntries } from './catalog-entries.ts'
import type { ComparableEntry } from './comparable-entry.ts'
import { comparePage } from './compare-page.ts'
import type { DriftReport, VendorDrift } from './drift-report.ts'
import { fetchLivePage } from './fetch-live-page.ts'
import { readDocsPage, readPageFile, snapshotPath, type PageFile } from './page-source.ts'
import { readValidators, type PageValidators } from './page-validators.ts'

/** What `npm run drift` was asked to do. */
export interface DriftOptions {
  /** The vendors to check; empty for all. */
  vendors: readonly VendorId[]
  /** Read `<docs>/<vendor>.txt` or `.html` instead of the stored snapshots. */
  docs?: string | undefined
  /** Fetch each vendor's page. */
  live?: boolean
  /** Take each page read (not the stored snapshot itself) as the vendor's new snapshot. */
  accept?: boolean
  /** The project root (tests use a scratch copy). */
  root?: string
  /** Where `DRIFT_PAGE_URL_<VENDOR>` is read from. */
  env?: Readonly<Record<string, string | undefined>>
  timeoutMs?: number
  fetch?: typeof fetch
}

/**
 * Checks each vendor's error page against its catalog and returns the report; a page that cannot
 * be read or fetched makes that vendor `error`, never a crash. With `accept`, each page read
 * that is not the stored snapshot becomes the new snapshot.
 *
 * @example
 * const report = await runDrift({ vendors: ['usta'], docs: 'edited-pages' })
 */
export async function runDrift(options: DriftOptions): Promise<DriftReport> {
  const vendors = options.vendors.length > 0 ? [...new Set(options.vendors)] : [...VENDOR_IDS]
  const report: DriftReport = { vendors: [] }
  for (const vendor of vendors) report.vendors.push(await driftOf(vendor, options))
  return report
}

/**
 * The environment variable that overrides a vendor's page address for `--live`.
 *
 * @example
 * pageUrlVariable('usta') // 'DRIFT_PAGE_URL_USTA'
 */
export function pageUrlVariable(vendor: string): string {
  return `DRIFT_PAGE_URL_${vendor.toUpperCase()}`
}

/** A catalog of the vendor cannot be loaded (its own error says which file, entry and field). */
class CatalogUnusable extends Error {
  override readonly name = 'CatalogUnusable' as const
}

interface PageInput extends PageFile {
  isSnapshot: boolean
  validators?: PageValidators
  notModified?: boolean
}

async function driftOf(vendor: VendorId, options: DriftOptions): Promise<VendorDrift> {
  const root = options.root ?? PROJECT_ROOT
  let source = options.docs ? join(options.docs, `${vendor}.{txt,html}`) : snapshotPath(vendor)
  try {
    if (options.live) source = redactUrl(liveUrl(vendor, options, root))
    const input = await pageInput(vendor, options, root)
    source = input.source
    const read = readDocPage({ vendor, source, bytes: input.bytes, form: input.form })
    let entries: ComparableEntry[]
    try {
      entries = catalogEntries(vendor, root)
    } catch (error) {
      throw new CatalogUnusable((error as Error).message, { cause: error })
    }
    const comparison = comparePage(read.page, entries)
    if (comparison.paired === 0) {
      throw new DocPageError({ vendor, source, problem: 'not-the-vendor-page', detail: 'no documented error on the page matches any catalog entry' })
    }
    const result: VendorDrift = {
      vendor,
      source,
      outcome: comparison.changes.length > 0 ? 'drift' : 'unchanged',
      changes: comparison.changes,
      warnings: comparison.warnings,
      documented: read.page.errors.length,
      catalogued: entries.length,
    }
    if (input.notModified) result.notModified = true
    if (options.accept && !input.isSnapshot) result.accepted = acceptPage({ root, vendor, read, validators: input.validators })
    return result
  } catch (error) {
    const problem = isDocPageError(error) ? error.problem : error instanceof CatalogUnusable ? 'catalog' : 'unexpected'
    const shown = isDocPageError(error) ? error.source : source
    return { vendor, source: shown, outcome: 'error', changes: [], warnings: [], error: { problem, message: (error as Error).message ?? String(error) } }
  }
}

async function pageInput(vendor: VendorId, options: DriftOptions, root: string): Promise<PageInput> {
  if (options.docs) return { ...readDocsPage(vendor, options.docs), isSnapshot: false }
  const snapshot = join(root, snapshotPath(vendor))
  if (!options.live) return { ...readPageFile(vendor, snapshot, 'text'), source: snapshotPath(vendor), isSnapshot: true }
  const url = liveUrl(vendor, options, root)
  const validators = existsSync(snapshot) ? readValidators(root, vendor) : undefined
  const live = await fetchLivePage({ vendor, url, validators, timeoutMs: options.timeoutMs, fetch: options.fetch })
  if (live.status === 'not-modified') {
    return { ...readPageFile(vendor, snapshot, 'text'), source: redactUrl(url), isSnapshot: true, notModified: true }
  }
  return { bytes: live.bytes, form: live.form, source: redactUrl(url), isSnapshot: false, validators: live.validators }
}

/** The page address for `--live`: `DRIFT_PAGE_URL_<VENDOR>`, else the vendor's doc-page data; an http(s) URL without credentials. */
function liveUrl(vendor: VendorId, options: DriftOptions, root: string): string {
  const variable = pageUrlVariable(vendor)
  const url = (options.env ?? process.env)[variable] || loadDocPageData(vendor, root).page
  const fail = (detail: string) =>
    new DocPageError({ vendor, source: redactUrl(url), problem: 'bad-url', detail: `${detail} (set by ${variable} or providers/${vendor}/doc-page.json)` })
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw fail('the page address is not a URL')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw fail('the page address is not an http(s) URL')
  if (parsed.username || parsed.password) throw fail('the page address holds credentials; a public page needs none')
  return url
}
