import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import { tallyVerdicts, type AssumptionLedger, type LedgerAssumption, type LedgerVendor } from '../assumptions/ledger.ts'
import { notRunReason, type ReportInput } from './report-input.ts'
import type { AssumedValue, AssumptionVerdictView } from './report-model.ts'

/** The command that writes the ledger, for "not run" reasons. */
const PRODUCED_BY = 'npm run verify, which writes assumptions.json beside its --out'

/** One vendor's part of the ledger, when the run verified the vendor at all. */
export type VendorVerdicts = { ledger: LedgerVendor } | { notRun: string }

/**
 * A vendor's verdicts in the ledger, or why there are none: the ledger is missing or invalid, has
 * no such vendor, or the run did not verify it (every target null).
 *
 * @example
 * vendorVerdicts(sources.assumptions, 'usta') // { ledger: { vendor: 'usta', assumptions: [...] } }
 */
export function vendorVerdicts(input: ReportInput<AssumptionLedger>, vendor: string): VendorVerdicts {
  if (input.state !== 'loaded') return { notRun: notRunReason(input, PRODUCED_BY) }
  const ledger = input.data.vendors.find((item) => item.vendor === vendor)
  if (!ledger || ledger.assumptions.every((assumption) => assumption.target === null)) return { notRun: `${input.file} has no verdicts for ${vendor}` }
  return { ledger }
}

function view(verdict: Pick<LedgerAssumption, 'verdict' | 'target' | 'checkedAt' | 'actual'>): AssumptionVerdictView {
  return { verdict: verdict.verdict, target: verdict.target, checkedAt: verdict.checkedAt, actual: verdict.actual }
}

/**
 * An entry's assumptions with this run's verdict (from the ledger) and the one recorded in the catalog.
 *
 * @example
 * assumedValues(entry, vendorVerdicts(input, 'usta')) // [{ field: 'contentType', reason: '…', verdict: { verdict: 'refuted', … } }]
 */
export function assumedValues(entry: Pick<CatalogEntry, 'id' | 'assumed'>, verdicts: VendorVerdicts): AssumedValue[] {
  const ledger = 'ledger' in verdicts ? verdicts.ledger.assumptions.filter((assumption) => assumption.entry === entry.id) : []
  return entry.assumed.map((assumption): AssumedValue => {
    const found = ledger.find((item) => item.field === assumption.field)
    const recorded = assumption.verdict ? view({ ...assumption.verdict, actual: assumption.verdict.actual ?? null }) : undefined
    return { field: assumption.field, reason: assumption.reason, ...(found ? { verdict: view(found) } : {}), ...(recorded ? { recorded } : {}) }
  })
}

/**
 * A vendor's assumptions counted by verdict, or undefined when the run has none for it.
 *
 * @example
 * verdictTally(vendorVerdicts(input, 'usta')) // { confirmed: 0, refuted: 35, untested: 60 }
 */
export function verdictTally(verdicts: VendorVerdicts): Record<AssumptionVerdictView['verdict'], number> | undefined {
  return 'ledger' in verdicts ? tallyVerdicts(verdicts.ledger.assumptions) : undefined
}
