import type { CatalogEntry, CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { evidenceCounts } from '../../../providers/catalog/value-evidence.ts'
import type { AssumptionLedger } from '../assumptions/ledger.ts'
import { assumedValues, vendorVerdicts, verdictTally } from './assumption-verdicts.ts'
import { catalogDescription } from './catalog-description.ts'
import type { ContractIndex } from './contract-index.ts'
import { changeConcerns } from './drift-match.ts'
import type { DriftResults, DriftVendor } from './drift-results.ts'
import type { ReplayCoverage } from './replay-coverage.ts'
import { notRunReason, type ReportInput } from './report-input.ts'
import type {
  ContractedCell,
  DriftCell,
  ExtraInteraction,
  InputStatus,
  ReplayedCell,
  ReportModel,
  ReportRow,
  VendorReport,
  VerifiedCell,
} from './report-model.ts'
import type { VerifiedVendor, VerifyResults } from './verify-results.ts'

/** A vendor's catalog, or why it could not be loaded. */
export type CatalogSource = { vendor: string; catalog: CatalogFile } | { vendor: string; problem: string }

/** Everything the report is built from, already read (and redacted) by `loadReportSources`. */
export interface ReportSources {
  catalogs: CatalogSource[]
  contracts: ContractIndex & { folder: string }
  verify: ReportInput<VerifyResults>
  drift: ReportInput<DriftResults>
  /** The assumption ledger `npm run verify` wrote beside its report. */
  assumptions: ReportInput<AssumptionLedger>
  replay: ReportInput<ReplayCoverage>
  generatedAt: string
}

/** The command that writes each input, for "not run" reasons. */
const PRODUCED_BY = {
  verify: 'npm run verify -- --format json --out reports/verify.json',
  drift: 'npm run drift -- --format json --out reports/drift.json',
  replay: 'the unit tests (npm test)',
}

/**
 * Joins catalogs, contracts, verification, drift and replay coverage into one row per documented
 * error. Whatever is missing is "not run" with the reason, never a pass.
 *
 * @example
 * const model = buildReportModel(loadReportSources(options))
 * model.vendors[0].rows[0].cells.verified.status // 'verified'
 */
export function buildReportModel(sources: ReportSources): ReportModel {
  const known = new Set(sources.catalogs.map((source) => source.vendor))
  const verifyByVendor = groupVerify(sources.verify)
  const driftByVendor = new Map(sources.drift.state === 'loaded' ? sources.drift.data.vendors.map((vendor) => [vendor.vendor, vendor]) : [])
  const replayed = replayIndex(sources.replay)
  const vendors = sources.catalogs.map((source): VendorReport => {
    if ('problem' in source) return { vendor: source.vendor, catalogProblem: source.problem, rows: [], extraInteractions: [], extraChanges: [], warnings: [] }
    const { vendor } = source
    const verified = verifyByVendor.get(vendor)
    const drift = driftByVendor.get(vendor)
    const verdicts = vendorVerdicts(sources.assumptions, vendor)
    const rows = source.catalog.errors.map((entry): ReportRow => {
      const description = catalogDescription(entry)
      return {
        id: entry.id,
        status: entry.status,
        code: entry.code,
        kind: entry.kind,
        description,
        ...(entry.draft === undefined ? {} : { draft: entry.draft }),
        cells: {
          documented: {
            status: 'documented',
            snapshot: entry.doc.snapshot,
            quote: entry.doc.quote,
            assumed: assumedValues(entry, verdicts),
            ...('notRun' in verdicts ? { verdictsNotRun: verdicts.notRun } : {}),
          },
          contracted: contractedCell(sources.contracts, vendor, description),
          replayed: replayedCell(sources.replay, replayed, vendor, description),
          verified: verifiedCell(sources.verify, verified, vendor, description),
          drift: driftCell(sources.drift, drift, vendor, entry),
        },
      }
    })
    const descriptions = new Set(rows.map((row) => row.description))
    return {
      vendor,
      page: source.catalog.page,
      rows,
      evidence: evidenceCounts(source.catalog.errors),
      extraInteractions: extraInteractions(sources.contracts, verified, vendor, descriptions),
      extraChanges: drift?.outcome === 'drift' ? drift.changes.filter((change) => !source.catalog.errors.some((entry) => changeConcerns(change, entry))) : [],
      warnings: drift?.warnings ?? [],
      verifyTarget: verified?.target,
      assumptionVerdicts: verdictTally(verdicts),
      driftSource: drift?.source,
      driftError:
        drift?.outcome === 'error' ? (drift.error ?? drift.changes.map((change) => change.detail).join('; ')) || 'the page could not be read' : undefined,
    }
  })
  const otherProviders = [...verifyByVendor.values()]
    .filter((vendor) => !known.has(vendor.vendor))
    .map((vendor) => ({ provider: vendor.vendor, target: vendor.target, interactions: vendor.interactions }))
  return { generatedAt: sources.generatedAt, inputs: inputStatuses(sources), vendors, otherProviders }
}

function groupVerify(input: ReportInput<VerifyResults>): Map<string, VerifiedVendor> {
  const byVendor = new Map<string, VerifiedVendor>()
  if (input.state !== 'loaded') return byVendor
  for (const vendor of input.data.vendors) {
    const seen = byVendor.get(vendor.vendor)
    byVendor.set(vendor.vendor, seen ? { ...seen, interactions: [...seen.interactions, ...vendor.interactions] } : vendor)
  }
  return byVendor
}

/** What the replay record says of one interaction. */
interface ReplayFacts {
  served: boolean
  tests: string[]
}

function replayIndex(input: ReportInput<ReplayCoverage>): Map<string, Map<string, ReplayFacts>> {
  const index = new Map<string, Map<string, ReplayFacts>>()
  if (input.state !== 'loaded') return index
  for (const item of input.data.interactions) {
    const vendor = index.get(item.vendor) ?? new Map<string, ReplayFacts>()
    index.set(item.vendor, vendor)
    const seen = vendor.get(item.description) ?? { served: false, tests: [] }
    vendor.set(item.description, { served: seen.served || (item.served ?? item.tests.length > 0), tests: [...new Set([...seen.tests, ...item.tests])] })
  }
  return index
}

function contractedCell(contracts: ReportSources['contracts'], vendor: string, description: string): ContractedCell {
  const interactions = contracts.byVendor.get(vendor)
  if (!interactions) {
    const problems = contracts.problems.length ? ` (${contracts.problems.join('; ')})` : ''
    return { status: 'missing', reason: `no pact file in ${contracts.folder}/ has provider "${vendor}"${problems}` }
  }
  const interaction = interactions.get(description)
  if (!interaction) return { status: 'missing', reason: `no interaction of provider "${vendor}" in ${contracts.folder}/ is described "${description}"` }
  return { status: 'contracted', interaction }
}

function replayedCell(input: ReportInput<ReplayCoverage>, index: Map<string, Map<string, ReplayFacts>>, vendor: string, description: string): ReplayedCell {
  if (input.state !== 'loaded') return { status: 'not-run', reason: notRunReason(input, PRODUCED_BY.replay), tests: [] }
  const recorded = index.get(vendor)
  if (!recorded && !input.data.servedOnly) return { status: 'not-run', reason: `${input.file} records no interaction of ${vendor}`, tests: [] }
  const facts = recorded?.get(description)
  if (!facts?.served) return { status: 'not-served', reason: 'no unit test had the replay serve this interaction', tests: [] }
  return { status: 'served', tests: facts.tests, reason: facts.tests.length ? undefined : 'served by a unit test; the record does not name which' }
}

function verifiedCell(input: ReportInput<VerifyResults>, vendorResult: VerifiedVendor | undefined, vendor: string, description: string): VerifiedCell {
  if (input.state !== 'loaded') return { status: 'not-run', reason: notRunReason(input, PRODUCED_BY.verify) }
  if (!vendorResult) return { status: 'not-run', reason: `${input.file} has no results for ${vendor}` }
  const result = vendorResult.interactions.find((interaction) => interaction.description === description)
  if (!result) return { status: 'missing', reason: `${input.file} verified ${vendor} but has no result for this interaction`, target: vendorResult.target }
  const status = result.outcome === 'mismatch' && result.pending ? 'pending-mismatch' : result.outcome
  return { status, target: vendorResult.target, result }
}

function driftCell(input: ReportInput<DriftResults>, vendorResult: DriftVendor | undefined, vendor: string, entry: CatalogEntry): DriftCell {
  if (input.state !== 'loaded') return { status: 'not-run', reason: notRunReason(input, PRODUCED_BY.drift), changes: [] }
  if (!vendorResult) return { status: 'not-run', reason: `${input.file} has no results for ${vendor}`, changes: [] }
  const source = vendorResult.source
  if (vendorResult.outcome === 'error') return { status: 'error', reason: vendorResult.error ?? 'the page could not be read', source, changes: [] }
  const changes = vendorResult.outcome === 'drift' ? vendorResult.changes.filter((change) => changeConcerns(change, entry)) : []
  if (changes.length === 0) return { status: 'unchanged', source, changes }
  return { status: changes.some((change) => change.kind === 'removed') ? 'removed' : 'changed', source, changes }
}

function extraInteractions(contracts: ContractIndex, verified: VerifiedVendor | undefined, vendor: string, descriptions: Set<string>): ExtraInteraction[] {
  const extras = new Map<string, ExtraInteraction>()
  for (const interaction of contracts.byVendor.get(vendor)?.values() ?? []) {
    if (!descriptions.has(interaction.description)) extras.set(interaction.description, { description: interaction.description, file: interaction.file })
  }
  for (const interaction of verified?.interactions ?? []) {
    if (descriptions.has(interaction.description)) continue
    extras.set(interaction.description, { ...extras.get(interaction.description), description: interaction.description, verified: interaction })
  }
  return [...extras.values()]
}

function inputStatuses(sources: ReportSources): InputStatus[] {
  const failed = sources.catalogs.filter((source) => 'problem' in source).map((source) => ('problem' in source ? source.problem : ''))
  const statuses: InputStatus[] = [
    failed.length
      ? { name: 'catalogs', file: 'providers/*/catalog.json', state: 'invalid', problem: failed.join('; ') }
      : { name: 'catalogs', file: 'providers/*/catalog.json', state: 'loaded' },
    sources.contracts.problems.length
      ? { name: 'contracts', file: `${sources.contracts.folder}/`, state: 'invalid', problem: sources.contracts.problems.join('; ') }
      : { name: 'contracts', file: `${sources.contracts.folder}/`, state: 'loaded' },
  ]
  for (const name of ['verify', 'drift', 'replay', 'assumptions'] as const) {
    const input = sources[name]
    statuses.push(
      input.state === 'invalid' ? { name, file: input.file, state: 'invalid', problem: input.problem } : { name, file: input.file, state: input.state },
    )
  }
  return statuses
}
