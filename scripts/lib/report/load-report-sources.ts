import { basename } from 'node:path'
import { AssumptionLedger } from '../assumptions/ledger.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import type { CatalogSource, ReportSources } from './build-report-model.ts'
import { readContractIndex } from './contract-index.ts'
import { DriftResults } from './drift-results.ts'
import { redactDeep } from './redact-secrets.ts'
import { readReplayInput } from './replay-coverage.ts'
import { readJsonInput, type ReportInput } from './report-input.ts'
import { shownPath, type ReportOptions } from './report-options.ts'
import { VerifyResults } from './verify-results.ts'

/**
 * Reads every input of the report: each vendor's catalog, the pact files, and the verify, drift,
 * assumption and replay results when present. Strings from result files are redacted of secret values and
 * URL credentials as they are read.
 *
 * @example
 * const sources = loadReportSources(defaultReportOptions(), secretValues(process.env))
 */
export function loadReportSources(options: ReportOptions, secrets: readonly string[]): ReportSources {
  const catalogs = VENDOR_IDS.map((vendor): CatalogSource => {
    try {
      return { vendor, catalog: loadCatalog(vendor, options.root) }
    } catch (error) {
      return { vendor, problem: (error as Error).message }
    }
  })
  const folder = shownPath(options.contractsDir, options.root)
  const contracts = readContractIndex(options.contractsDir, folder)
  const redacted = <T>(input: ReportInput<T>): ReportInput<T> => (input.state === 'loaded' ? { ...input, data: redactDeep(input.data, secrets) } : input)
  return {
    catalogs,
    contracts: { ...contracts, folder },
    verify: redacted(readJsonInput(options.verifyFile, VerifyResults, shownPath(options.verifyFile, options.root))),
    drift: redacted(readJsonInput(options.driftFile, DriftResults, shownPath(options.driftFile, options.root))),
    assumptions: redacted(readJsonInput(options.assumptionsFile, AssumptionLedger, shownPath(options.assumptionsFile, options.root))),
    replay: redacted(readReplayInput(options.replayFile, shownPath(options.replayFile, options.root), (file) => contracts.providerByFile.get(basename(file)))),
    generatedAt: options.now.toISOString(),
  }
}
