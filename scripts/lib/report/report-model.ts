import type { Evidence } from '../../../providers/catalog/value-evidence.ts'
import type { ContractInteraction } from './contract-index.ts'
import type { DriftChange } from './drift-results.ts'
import type { VerifiedInteraction } from './verify-results.ts'

/** The matrix columns, in order. */
export const COLUMNS = ['documented', 'contracted', 'replayed', 'verified', 'drift'] as const

/** One column of the matrix. */
export type Column = (typeof COLUMNS)[number]

/** How a cell reads at a glance: all well, a problem, something could not be checked, or no data. */
export type Tone = 'pass' | 'fail' | 'warn' | 'not-run'

/** Every status a cell can show, with its tone: a table, so renderers never branch on meaning. */
export const STATUS_TONES = {
  documented: 'pass',
  contracted: 'pass',
  served: 'pass',
  verified: 'pass',
  unchanged: 'pass',
  missing: 'fail',
  'not-served': 'fail',
  mismatch: 'fail',
  /** A Pact pending interaction the vendor answered differently: reported, failing no build. */
  'pending-mismatch': 'warn',
  changed: 'fail',
  removed: 'fail',
  unavailable: 'warn',
  error: 'warn',
  'not-run': 'not-run',
} as const satisfies Record<string, Tone>

/** A status shown in a cell. */
export type CellStatus = keyof typeof STATUS_TONES

/** What every cell has: its status and, when the status needs one, the reason in a sentence. */
interface CellBase<S extends CellStatus> {
  status: S
  reason?: string
}

/** A verdict on an assumption: this run's, from the assumption ledger, or one recorded in the catalog. */
export interface AssumptionVerdictView {
  verdict: 'confirmed' | 'refuted' | 'untested'
  target: string | null
  checkedAt: string | null
  actual?: string | null | undefined
}

/** A value the entry assumes, with what verification said of it. */
export interface AssumedValue {
  field: string
  reason: string
  /** This run's verdict (absent when the ledger was not loaded or has no verdict for it). */
  verdict?: AssumptionVerdictView
  /** The verdict last recorded in the catalog with `npm run assumptions -- --record`. */
  recorded?: AssumptionVerdictView
}

/** Where the doc says it. */
export interface DocumentedCell extends CellBase<'documented'> {
  snapshot: string
  quote: string
  assumed: AssumedValue[]
  /** Why the assumptions have no verdict of this run ("not run", never a pass). */
  verdictsNotRun?: string
}

/** The entry's interaction in a pact file, or why there is none. */
export interface ContractedCell extends CellBase<'contracted' | 'missing' | 'not-run'> {
  interaction?: ContractInteraction
}

/** The unit tests that had the replay serve this interaction. */
export interface ReplayedCell extends CellBase<'served' | 'not-served' | 'not-run'> {
  tests: string[]
}

/** The verification outcome, with the verifier's mismatches. */
export interface VerifiedCell extends CellBase<'verified' | 'mismatch' | 'pending-mismatch' | 'unavailable' | 'missing' | 'not-run'> {
  target?: string
  result?: VerifiedInteraction
}

/** What the drift check said about this entry. */
export interface DriftCell extends CellBase<'unchanged' | 'changed' | 'removed' | 'error' | 'not-run'> {
  source?: string
  changes: DriftChange[]
}

/** The cells of one row, by column. */
export interface RowCells {
  documented: DocumentedCell
  contracted: ContractedCell
  replayed: ReplayedCell
  verified: VerifiedCell
  drift: DriftCell
}

/** One documented error: one catalog entry. */
export interface ReportRow {
  id: string
  status: number
  code: string | number | null
  kind: string
  /** The Pact interaction description (`id: trigger`). */
  description: string
  /** Set while the entry is a draft (written from the page by `npm run new-vendor`, not yet reviewed): why, and what is left to review. */
  draft?: string
  cells: RowCells
}

/**
 * How many of a vendor's rows are drafts not yet reviewed.
 *
 * @example
 * draftCount(report.rows) // 0 for a reviewed vendor
 */
export function draftCount(rows: readonly ReportRow[]): number {
  return rows.filter((row) => row.draft !== undefined).length
}

/**
 * What follows a vendor's count of documented errors when some are drafts: ` (2 drafts)`, else nothing.
 *
 * @example
 * `${rows.length}${draftNote(rows)}` // '10 (10 drafts)'
 */
export function draftNote(rows: readonly ReportRow[]): string {
  const drafts = draftCount(rows)
  return drafts === 0 ? '' : ` (${drafts} ${drafts === 1 ? 'draft' : 'drafts'})`
}

/** An interaction verified or contracted that no catalog entry describes. */
export interface ExtraInteraction {
  description: string
  file?: string
  verified?: VerifiedInteraction
}

/** One vendor's matrix and what sits beside it. */
export interface VendorReport {
  vendor: string
  /** The vendor's error page, from the catalog. */
  page?: string
  /** Why the catalog could not be loaded; the vendor then has no rows. */
  catalogProblem?: string
  rows: ReportRow[]
  /** The contracted values of the vendor's entries, counted by what backs them (absent when the catalog could not be loaded). */
  evidence?: Record<Evidence, number>
  /** Interactions in contracts or the verify report that are not catalog entries. */
  extraInteractions: ExtraInteraction[]
  /** Drift changes that name no catalog entry (`added` errors, mostly). */
  extraChanges: DriftChange[]
  warnings: string[]
  verifyTarget?: string
  /** The vendor's assumptions counted by verdict in this run; absent when the ledger has none for it. */
  assumptionVerdicts?: Record<AssumptionVerdictView['verdict'], number>
  driftSource?: string
  driftError?: string
}

/** One input and what became of it. */
export interface InputStatus {
  name: 'catalogs' | 'contracts' | 'verify' | 'drift' | 'assumptions' | 'replay'
  file: string
  state: 'loaded' | 'missing' | 'invalid'
  problem?: string
}

/** Everything the HTML, Markdown and JUnit renderers read. */
export interface ReportModel {
  generatedAt: string
  inputs: InputStatus[]
  vendors: VendorReport[]
  /** Providers in the verify report that are not vendors of this suite (e.g. our own webhook). */
  otherProviders: Array<{ provider: string; target: string; interactions: VerifiedInteraction[] }>
}

/**
 * Counts a vendor's rows by status, per column.
 *
 * @example
 * tallyColumn(report.rows, 'verified') // { verified: 9, mismatch: 1 }
 */
export function tallyColumn(rows: readonly ReportRow[], column: Column): Partial<Record<CellStatus, number>> {
  const tally: Partial<Record<CellStatus, number>> = {}
  for (const row of rows) {
    const status = row.cells[column].status
    tally[status] = (tally[status] ?? 0) + 1
  }
  return tally
}

/**
 * The anchor of a row of a vendor's matrix: `plansource--employee-not-found`.
 *
 * @example
 * rowAnchor('usta', 'rate-limited') // 'usta--rate-limited'
 */
export function rowAnchor(vendor: string, id: string): string {
  return `${vendor}--${id}`
}

/**
 * The anchor of a row's detail for a column, unique in the page: `plansource--employee-not-found--verified`.
 * Vendor ids and entry ids are kebab-case (the catalog schema checks), so they are safe in ids.
 *
 * @example
 * cellAnchor('usta', 'rate-limited', 'drift') // 'usta--rate-limited--drift'
 */
export function cellAnchor(vendor: string, id: string, column: Column | 'detail'): string {
  return `${rowAnchor(vendor, id)}--${column}`
}
