import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CatalogFile, type AssumptionVerdict } from '../../../providers/catalog/catalog-schema.ts'
import { catalogPath, loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { writeFileAtomically } from '../verify/write-file-atomically.ts'
import { AssumptionsInputError } from './assumptions-input-error.ts'
import { formatCatalogJson } from './format-catalog-json.ts'
import { jsonLayout } from './json-layout.ts'
import type { AssumptionLedger, LedgerAssumption } from './ledger.ts'

/** What recording did to one vendor's catalog. */
export interface RecordedVendor {
  vendor: string
  /** The catalog file, relative to the root. */
  file: string
  /** Assumption entries given a verdict (or a newer one). */
  recorded: number
  /** Verdicts of the report the catalog has no assumption for (it changed since the run). */
  skipped: string[]
  /** Whether the file was written (false when every verdict was already there). */
  written: boolean
}

/** An assumption as it sits in the catalog file. */
interface RawAssumption {
  field?: unknown
  verdict?: unknown
}

function verdictOf(assumption: LedgerAssumption, where: string): AssumptionVerdict {
  if (assumption.verdict === 'untested') throw new Error('an untested assumption has no verdict to record')
  if (assumption.target === null || assumption.checkedAt === null)
    throw new AssumptionsInputError(`${where}: a ${assumption.verdict} verdict needs its target and checkedAt to be recorded`)
  const actual = assumption.verdict === 'refuted' && assumption.actual !== null ? { actual: assumption.actual } : {}
  return { verdict: assumption.verdict, target: assumption.target, checkedAt: assumption.checkedAt, ...actual }
}

async function recordVendor(vendor: string, verdicts: readonly LedgerAssumption[], root: string, source: string): Promise<RecordedVendor> {
  const file = catalogPath(vendor)
  loadCatalog(vendor, root) // refuses a catalog that is not valid now, naming file, entry and field
  const text = readFileSync(join(root, file), 'utf8')
  const raw = JSON.parse(text) as { errors: Array<{ id: string; assumed: RawAssumption[] }> }
  const layout = jsonLayout(text, raw)
  const before = JSON.stringify(raw)
  const skipped: string[] = []
  let recorded = 0
  for (const [index, assumption] of verdicts.entries()) {
    const targets = raw.errors.find((entry) => entry.id === assumption.entry)?.assumed.filter((item) => item.field === assumption.field) ?? []
    if (targets.length === 0) {
      skipped.push(`${assumption.entry} ${assumption.field}: the catalog has no such assumption`)
      continue
    }
    const verdict = verdictOf(assumption, `${source} (${vendor}, assumption ${index + 1}: ${assumption.entry} ${assumption.field})`)
    for (const target of targets) {
      if (JSON.stringify(target.verdict) !== JSON.stringify(verdict)) recorded += 1
      target.verdict = verdict
    }
  }
  const written = JSON.stringify(raw) !== before
  if (written) {
    const checked = CatalogFile.safeParse(raw)
    if (!checked.success) {
      const issue = checked.error.issues[0]!
      throw new AssumptionsInputError(`${source}: recording would make ${file} invalid at ${issue.path.join('.')}: ${issue.message}`)
    }
    writeFileAtomically(join(root, file), await formatCatalogJson(raw, layout, vendor))
  }
  return { vendor, file, recorded, skipped, written }
}

/**
 * Writes the confirmed and refuted verdicts of a ledger into the catalogs' assumption entries
 * (`verdict`, with the target, the run's start and, when refuted, what the vendor answered), as a
 * change to review and commit, like `drift --accept`. Untested assumptions keep whatever they had.
 * Each catalog is checked before and after, and written atomically, laid out as Prettier would with
 * the project's settings; only the lines of what changed change. `source` names the report in errors.
 *
 * @example
 * await recordVerdicts(ledger, { source: 'reports/assumptions.json' }) // [{ vendor: 'plansource', recorded: 10, … }]
 */
export async function recordVerdicts(
  ledger: AssumptionLedger,
  options: { source: string; root?: string; vendors?: readonly string[] | undefined },
): Promise<RecordedVendor[]> {
  const root = options.root ?? PROJECT_ROOT
  const results: RecordedVendor[] = []
  for (const vendor of ledger.vendors) {
    if (options.vendors?.length && !options.vendors.includes(vendor.vendor)) continue
    const verdicts = vendor.assumptions.filter((assumption) => assumption.verdict !== 'untested')
    if (verdicts.length === 0) {
      results.push({ vendor: vendor.vendor, file: catalogPath(vendor.vendor), recorded: 0, skipped: [], written: false })
      continue
    }
    results.push(await recordVendor(vendor.vendor, verdicts, root, options.source))
  }
  return results
}
