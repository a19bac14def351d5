import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import { catalogDescription } from '../report/catalog-description.ts'
import type { VerifiedInteraction } from '../report/verify-results.ts'
import { actualText } from './actual-text.ts'
import { unexplainedMismatches } from './explained-mismatches.ts'
import { confirmable, refutes } from './field-rules.ts'
import type { AssumptionLedger, LedgerAssumption, LedgerVendor } from './ledger.ts'
import { reportedMismatches } from './mismatch-field.ts'
import { isRealTarget } from './real-target.ts'
import type { VerifiedTarget, VerifyRun } from './verify-input.ts'

/** A vendor's catalog, as far as the ledger reads it. */
export interface LedgerCatalog {
  vendor: string
  errors: readonly (Pick<CatalogEntry, 'id' | 'request' | 'assumed'> & Partial<Pick<CatalogEntry, 'draft'>>)[]
}

/** The interaction of an entry in the run, with the vendor run it belongs to. */
interface Found {
  vendor: VerifiedTarget
  interaction: VerifiedInteraction
}

type Judgement = Pick<LedgerAssumption, 'verdict' | 'target' | 'checkedAt' | 'actual'>

function judge(field: string, found: Found | undefined, vendorTarget: string | null, checkedAt: string | null, draft: boolean): Judgement {
  const untested: Judgement = { verdict: 'untested', target: found?.vendor.target ?? vendorTarget, checkedAt, actual: null }
  if (!found) return untested
  // A draft's reference sandbox is a skeleton that answers none of the page's errors yet: its answer refutes nothing.
  if (draft && !isRealTarget(found.vendor)) return untested
  const { vendor, interaction } = found
  if (interaction.outcome === 'mismatch') {
    const refuting = unexplainedMismatches(reportedMismatches(interaction.mismatches)).filter((mismatch) => refutes(field, mismatch.field))
    if (refuting.length) return { verdict: 'refuted', target: vendor.target, checkedAt, actual: actualText(refuting) }
  }
  if (interaction.outcome === 'verified' && isRealTarget(vendor) && confirmable(field)) return { ...untested, verdict: 'confirmed' }
  return untested
}

function vendorLedger(catalog: LedgerCatalog, run: VerifyRun): LedgerVendor {
  const checkedAt = run.startedAt ?? null
  const runs = run.vendors.filter((vendor) => vendor.vendor === catalog.vendor)
  const found = new Map<string, Found>()
  for (const vendor of runs) for (const interaction of vendor.interactions) found.set(interaction.description, { vendor, interaction })
  const vendorTarget = runs[0]?.target ?? null
  return {
    vendor: catalog.vendor,
    assumptions: catalog.errors.flatMap((entry) => {
      const interaction = found.get(catalogDescription(entry))
      return entry.assumed.map((assumption) => ({
        entry: entry.id,
        field: assumption.field,
        ...judge(assumption.field, interaction, vendorTarget, checkedAt, entry.draft !== undefined),
      }))
    }),
  }
}

/**
 * Gives every assumption of every catalog a verdict from one verification run:
 *
 * - `refuted` when a mismatch of the entry's interaction falls on the assumed field (see
 *   `refutes`; body mismatches a wrong content type explains refute only `contentType`), with
 *   what the vendor answered, from any target;
 * - `confirmed` when the interaction was verified against a real target (never a reference
 *   sandbox: it was written from the same reading as the catalog);
 * - `untested` otherwise: unavailable, not run, missing from the report, or verified only against
 *   a reference sandbox; so is every assumption of a draft verified against a reference sandbox (a
 *   skeleton that answers none of the page's errors until a person writes them).
 *
 * The target is the vendor's in the run (null when the run did not verify the vendor); `checkedAt`
 * is the run's start.
 *
 * @example
 * const ledger = assumptionVerdicts(VerifyRun.parse(report), loadAllCatalogs())
 * ledger.vendors[0]?.assumptions[0] // { entry: 'token-has-expired', field: 'status', verdict: 'untested', … }
 */
export function assumptionVerdicts(run: VerifyRun, catalogs: readonly LedgerCatalog[]): AssumptionLedger {
  return { vendors: catalogs.map((catalog) => vendorLedger(catalog, run)) }
}
