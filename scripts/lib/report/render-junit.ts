import type { VerifiedInteraction } from './verify-results.ts'
import { junitXml, type JunitCase, type JunitResult, type JunitSuite } from './junit-xml.ts'
import { fieldsText } from './render-details.ts'
import type { DriftCell, ReportModel, VendorReport, VerifiedCell } from './report-model.ts'

function mismatchText(mismatches: readonly unknown[]): string {
  return mismatches.map((mismatch) => `- ${fieldsText(mismatch)}`).join('\n')
}

/** What each verification status becomes in JUnit: a table, not branches. */
const VERIFY_RESULTS: { [S in VerifiedCell['status']]: (cell: VerifiedCell) => JunitResult } = {
  verified: () => ({ type: 'pass' }),
  mismatch: (cell) => ({
    type: 'failure',
    kind: 'mismatch',
    message: `${cell.result?.mismatches.length ?? 0} mismatches`,
    text: mismatchText(cell.result?.mismatches ?? []),
  }),
  'pending-mismatch': (cell) => ({
    type: 'skipped',
    kind: 'pending-mismatch',
    message: `pending interaction answered differently (${cell.result?.mismatches.length ?? 0} mismatches); fails no build`,
  }),
  unavailable: (cell) => ({
    type: 'error',
    kind: 'unavailable',
    message: cell.result?.reason ?? 'the target could not be checked',
    text: mismatchText(cell.result?.mismatches ?? []),
  }),
  missing: (cell) => ({ type: 'error', kind: 'missing', message: cell.reason ?? 'no result' }),
  'not-run': (cell) => ({ type: 'skipped', kind: 'not-run', message: `not run: ${cell.reason ?? ''}` }),
}

/** What each drift status becomes in JUnit. */
const DRIFT_RESULTS: { [S in DriftCell['status']]: (cell: DriftCell) => JunitResult } = {
  unchanged: () => ({ type: 'pass' }),
  changed: (cell) => ({ type: 'failure', kind: 'changed', message: cell.changes.map((change) => change.detail).join('; ') }),
  removed: (cell) => ({ type: 'failure', kind: 'removed', message: cell.changes.map((change) => change.detail).join('; ') }),
  error: (cell) => ({ type: 'error', kind: 'error', message: cell.reason ?? 'the page could not be read' }),
  'not-run': (cell) => ({ type: 'skipped', kind: 'not-run', message: `not run: ${cell.reason ?? ''}` }),
}

function extraVerified(classname: string, interaction: VerifiedInteraction): JunitCase {
  const cell: VerifiedCell = { status: interaction.outcome, result: interaction }
  return { classname, name: interaction.description, result: VERIFY_RESULTS[interaction.outcome](cell) }
}

function catalogCase(classname: string, vendor: VendorReport): JunitCase[] {
  return vendor.catalogProblem ? [{ classname, name: 'catalog', result: { type: 'error', kind: 'catalog', message: vendor.catalogProblem } }] : []
}

/**
 * `verify.junit.xml`: a suite per vendor, a case per documented error (plus interactions that are
 * not catalog entries). Mismatches fail, unavailable targets and missing results are errors, and an
 * absent verify report skips every case as "not run".
 *
 * @example
 * writeFileAtomic('reports/verify.junit.xml', renderVerifyJunit(model))
 */
export function renderVerifyJunit(model: ReportModel): string {
  const suites: JunitSuite[] = model.vendors.map((vendor) => {
    const classname = `verify.${vendor.vendor}`
    return {
      name: classname,
      properties: vendor.verifyTarget ? { target: vendor.verifyTarget } : undefined,
      cases: [
        ...catalogCase(classname, vendor),
        ...vendor.rows.map((row) => ({ classname, name: row.description, result: VERIFY_RESULTS[row.cells.verified.status](row.cells.verified) })),
        ...vendor.extraInteractions.flatMap((extra) => (extra.verified ? [extraVerified(classname, extra.verified)] : [])),
      ],
    }
  })
  for (const provider of model.otherProviders) {
    const classname = `verify.${provider.provider}`
    suites.push({
      name: classname,
      properties: { target: provider.target },
      cases: provider.interactions.map((interaction) => extraVerified(classname, interaction)),
    })
  }
  return junitXml('verify', suites, model.generatedAt)
}

/**
 * `drift.junit.xml`: a suite per vendor, a case per documented error and one per change that names
 * no catalog entry (an error documented on the page only). An unreadable page is an error, an
 * absent drift report skips every case as "not run".
 *
 * @example
 * writeFileAtomic('reports/drift.junit.xml', renderDriftJunit(model))
 */
export function renderDriftJunit(model: ReportModel): string {
  const suites: JunitSuite[] = model.vendors.map((vendor) => {
    const classname = `drift.${vendor.vendor}`
    return {
      name: classname,
      properties: vendor.driftSource ? { source: vendor.driftSource } : undefined,
      systemOut: vendor.warnings.length ? vendor.warnings.join('\n') : undefined,
      cases: [
        ...catalogCase(classname, vendor),
        ...vendor.rows.map((row) => ({ classname, name: row.description, result: DRIFT_RESULTS[row.cells.drift.status](row.cells.drift) })),
        ...vendor.extraChanges.map((change): JunitCase => ({
          classname,
          name: `${change.kind}: ${change.status ?? ''} ${change.code ?? ''}`.trim(),
          result: { type: 'failure', kind: change.kind, message: change.detail },
        })),
      ],
    }
  })
  return junitXml('drift', suites, model.generatedAt)
}
