/** How one vendor's page compares with its catalog. */
export type DriftOutcome = 'unchanged' | 'drift' | 'error'

/** What a change is about, for `changed`. */
export type ChangedField = 'status' | 'contentType' | 'code' | 'message' | 'body'

/**
 * One difference between the page and the catalog. `code` is the vendor's error code or name,
 * or the documented message where the vendor has neither.
 *
 * @example
 * const change: DriftChange = { kind: 'changed', status: 409, code: 'already_exists', detail: 'status: the catalog has 409, the page now says 400',
 *   id: 'already-exists', field: 'status', was: 409, now: '400', direction: 'response' }
 */
export interface DriftChange {
  kind: 'added' | 'removed' | 'changed'
  status: number | string | null
  code: string | number | null
  detail: string
  /** The catalog entry's id (absent for `added`). */
  id?: string
  field?: ChangedField
  was?: unknown
  now?: unknown
  direction: 'response' | 'webhook'
}

/** A contradiction within the page, or a note about the comparison; never counts as drift. */
export interface DriftWarning {
  kind: string
  detail: string
}

/**
 * One vendor's result.
 *
 * @example
 * const result: VendorDrift = { vendor: 'usta', source: 'providers/doc-snapshots/usta.txt', outcome: 'unchanged', changes: [], warnings: [] }
 */
export interface VendorDrift {
  vendor: string
  /** Where the page was read from: a file path, or the URL for `--live`. */
  source: string
  outcome: DriftOutcome
  changes: DriftChange[]
  warnings: DriftWarning[]
  /** How many documented errors the page gave (absent on `error`). */
  documented?: number
  /** How many catalog entries were compared (absent on `error`). */
  catalogued?: number
  /** Why the page could not be compared (only on `error`). */
  error?: { problem: string; message: string }
  /** Set when `--accept` wrote the page as the new snapshot. */
  accepted?: string
  /** `--live` only: whether the server answered 304 Not Modified (the accepted snapshot was used). */
  notModified?: boolean
}

/** The whole report, as `--format json` prints it. */
export interface DriftReport {
  vendors: VendorDrift[]
}

/**
 * The exit code for a report: 2 when any page could not be read, else 1 when any drifted, else 0.
 *
 * @example
 * exitCodeOf({ vendors: [{ outcome: 'drift' } as VendorDrift] }) // 1
 */
export function exitCodeOf(report: DriftReport): 0 | 1 | 2 {
  if (report.vendors.some((vendor) => vendor.outcome === 'error')) return 2
  if (report.vendors.some((vendor) => vendor.outcome === 'drift')) return 1
  return 0
}
