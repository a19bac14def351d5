import { dirname, join, resolve } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { assumptionVerdicts } from './assumption-verdicts.ts'
import type { AssumptionLedger } from './ledger.ts'
import { loadLedgerCatalogs } from './ledger-catalogs.ts'
import { VerifyRun } from './verify-input.ts'

/** The ledger's file name, beside the verify report. */
export const LEDGER_FILE = 'assumptions.json'

/**
 * Where `npm run verify` writes the ledger: beside `--out` when given, else `reports/` under the
 * current folder.
 *
 * @example
 * ledgerFileFor('reports/verify.json') // '/work/main/reports/assumptions.json'
 * ledgerFileFor(undefined, '/tmp/x') // '/tmp/x/reports/assumptions.json'
 */
export function ledgerFileFor(out: string | undefined, cwd: string = process.cwd()): string {
  return join(out === undefined ? resolve(cwd, 'reports') : dirname(resolve(cwd, out)), LEDGER_FILE)
}

/**
 * The ledger of one verification run (the report `runVerification` returns, read as its JSON
 * would be) against every catalog that can be read, with the problems of those that cannot (their
 * assumptions are left out).
 *
 * @example
 * const { ledger, problems } = runLedger(await runVerification(options))
 */
export function runLedger(report: unknown, root: string = PROJECT_ROOT): { ledger: AssumptionLedger; problems: string[] } {
  const { catalogs, problems } = loadLedgerCatalogs(root)
  return { ledger: assumptionVerdicts(VerifyRun.parse(report), catalogs), problems }
}
