import { z } from 'zod'

/** What a verification run can say of an assumption. */
export const VERDICTS = ['confirmed', 'refuted', 'untested'] as const

/** One of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number]

/** One catalog assumption and its verdict in a run. */
export const LedgerAssumption = z.looseObject({
  /** The catalog entry's id. */
  entry: z.string().min(1),
  /** The assumed field, as the catalog names it (`contentType`, `body.errors.message`, …). */
  field: z.string().min(1),
  verdict: z.enum(VERDICTS),
  /** The vendor's target in the run, without credentials; null when the vendor was not verified. */
  target: z.string().min(1).nullable(),
  /** When the run started (ISO 8601); null when the verify report does not say. */
  checkedAt: z.iso.datetime({ offset: true }).nullable(),
  /** What the vendor answered, redacted and short: set when refuted. */
  actual: z.string().nullable().default(null),
})

/** One vendor's assumptions, in catalog order. */
export const LedgerVendor = z.looseObject({ vendor: z.string().min(1), assumptions: z.array(LedgerAssumption) })

/**
 * The assumption ledger, `reports/assumptions.json`: every catalog assumption with its verdict.
 *
 * @example
 * AssumptionLedger.parse({ vendors: [{ vendor: 'usta', assumptions: [] }] })
 * @see assumptionVerdicts in ./assumption-verdicts.ts, which builds it from a verify report
 */
export const AssumptionLedger = z.looseObject({ vendors: z.array(LedgerVendor) })

export type LedgerAssumption = z.output<typeof LedgerAssumption>
export type LedgerVendor = z.output<typeof LedgerVendor>
export type AssumptionLedger = z.output<typeof AssumptionLedger>

/**
 * Counts a vendor's verdicts.
 *
 * @example
 * tallyVerdicts(vendor.assumptions) // { confirmed: 0, refuted: 10, untested: 8 }
 */
export function tallyVerdicts(assumptions: readonly Pick<LedgerAssumption, 'verdict'>[]): Record<Verdict, number> {
  const tally: Record<Verdict, number> = { confirmed: 0, refuted: 0, untested: 0 }
  for (const { verdict } of assumptions) tally[verdict] += 1
  return tally
}
