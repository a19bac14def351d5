import { z } from 'zod'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import { readJsonInput, type JsonSchema } from '../report/report-input.ts'
import { assumptionVerdicts, type LedgerCatalog } from './assumption-verdicts.ts'
import { AssumptionsInputError } from './assumptions-input-error.ts'
import { AssumptionLedger } from './ledger.ts'
import { VerifyRun } from './verify-input.ts'

/** Any report with vendors: a ledger's have `assumptions`, a verify report's `interactions`. */
const Vendors = z.looseObject({ vendors: z.array(z.looseObject({})) })

/** Which kind of report a file was. */
export type LedgerSourceKind = 'assumptions' | 'verify'

function parseAs<T>(file: string, what: string, schema: JsonSchema<T>, data: unknown): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw new AssumptionsInputError(`${file} field ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message} (read as ${what})`)
}

/**
 * Reads a report as an assumption ledger: an `assumptions.json` as it is, or a verify report
 * (`verify.json`) judged against `catalogs`. A missing file, bad JSON, a wrong shape or a vendor
 * this suite does not know (in a ledger) throws an {@link AssumptionsInputError} naming the file and
 * the field (as `shownAs`). Vendors of a verify report that have no catalog (our own webhook) are left out.
 *
 * @example
 * const { ledger } = readLedgerSource('reports/verify.json', () => loadAllCatalogs())
 */
export function readLedgerSource(
  file: string,
  catalogs: () => readonly LedgerCatalog[],
  shownAs: string = file,
): { kind: LedgerSourceKind; ledger: AssumptionLedger } {
  const raw = readJsonInput(file, Vendors, shownAs)
  if (raw.state === 'missing') throw new AssumptionsInputError(`${shownAs} is missing: run npm run verify -- --format json --out ${shownAs} first`)
  if (raw.state === 'invalid') throw new AssumptionsInputError(`${raw.problem} (expected a verify report or an assumption ledger)`)
  const isLedger = raw.data.vendors.length > 0 && raw.data.vendors.every((vendor) => 'assumptions' in vendor && !('interactions' in vendor))
  if (!isLedger) return { kind: 'verify', ledger: assumptionVerdicts(parseAs(shownAs, 'a verify report', VerifyRun, raw.data), catalogs()) }
  const ledger = parseAs(shownAs, 'an assumption ledger', AssumptionLedger, raw.data)
  const unknown = ledger.vendors.findIndex((vendor) => !(VENDOR_IDS as readonly string[]).includes(vendor.vendor))
  if (unknown >= 0)
    throw new AssumptionsInputError(
      `${shownAs} field vendors.${unknown}.vendor: unknown vendor "${ledger.vendors[unknown]!.vendor}" (expected one of: ${VENDOR_IDS.join(', ')})`,
    )
  return { kind: 'assumptions', ledger }
}
