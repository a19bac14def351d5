import { statusLabel, type DocumentedError, type ExtractedPage } from '../../../providers/doc-pages/documented-error.ts'
import type { ComparableEntry } from './comparable-entry.ts'
import { compareFields } from './compare-fields.ts'
import type { DriftChange, DriftWarning } from './drift-report.ts'
import { matchEntries } from './match-entries.ts'

/** What a page says against what the catalog says. */
export interface PageComparison {
  changes: DriftChange[]
  warnings: DriftWarning[]
  /** How many catalog entries were paired with a documented error (0 means the page is not the one the catalog was written from). */
  paired: number
}

/**
 * Compares what a vendor's page documents today with the catalog: `removed` for an entry the
 * page no longer documents, `added` for a documented error no entry covers, `changed` for a
 * paired error whose status, content type, code, message or body shape differ. The page's own
 * contradictions come back as warnings, and so do catalog entries that keep another source's reading
 * of a documented error (the API reference's). This is the only module that reads both the page and the catalog.
 *
 * @example
 * const { changes } = comparePage(readDocPage({ … }).page, entriesOfCatalog(loadCatalog('usta')))
 */
export function comparePage(page: ExtractedPage, entries: readonly ComparableEntry[]): PageComparison {
  const { matches, unmatched, uncovered } = matchEntries(
    page.errors,
    entries.filter((entry) => entry.reading === undefined),
  )
  const changes: DriftChange[] = []
  for (const entry of unmatched) {
    changes.push({
      kind: 'removed',
      status: entry.status,
      code: entry.code ?? entry.message,
      detail: `the page no longer documents ${entry.id} (${describe(entry.status, entry.code, entry.message)})`,
      id: entry.id,
      direction: entry.direction,
    })
  }
  for (const error of uncovered) {
    const status = statusLabel(error)
    changes.push({
      kind: 'added',
      status: error.statuses.length === 1 ? error.statuses[0]! : status,
      code: error.code ?? error.message ?? error.name ?? error.description,
      detail: `the page documents ${describe(status, error.code, error.message ?? error.name ?? error.description)} under "${error.section}", which no catalog entry covers`,
      direction: error.direction,
    })
  }
  for (const { entry, error } of matches) changes.push(...compareFields(entry, error, page.envelopes))
  const warnings = [...page.warnings.map((warning) => ({ ...warning })), ...entries.flatMap(readingWarning)]
  return { changes, warnings, paired: matches.length }
}

/** A catalog entry that keeps another source's reading is a contradiction to report, not an error the page must document. */
function readingWarning(entry: ComparableEntry): DriftWarning[] {
  if (entry.reading === undefined) return []
  const { from, source, at, says } = entry.reading
  return [
    {
      kind: `page-vs-${from}`,
      detail: `${entry.id}: the page documents "${entry.quote}"; the ${from} (${source}, ${at}) says ${says}`,
    },
  ]
}

function describe(status: number | string | null, code: DocumentedError['code'], message: string | null): string {
  const parts = [status === null ? 'no status' : `status ${status}`]
  if (code !== null) parts.push(`code ${JSON.stringify(code)}`)
  if (message !== null) parts.push(JSON.stringify(message))
  return parts.join(', ')
}
