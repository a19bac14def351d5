import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogEntry, CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { loadAllCatalogs } from '../../../providers/catalog/load-catalog.ts'
import { VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'
import { assumptionVerdicts } from '../../../scripts/lib/assumptions/assumption-verdicts.ts'
import { VerifyRun } from '../../../scripts/lib/assumptions/verify-input.ts'
import { catalogDescription } from '../../../scripts/lib/report/catalog-description.ts'
import { defaultReportOptions, type ReportOptions } from '../../../scripts/lib/report/report-options.ts'

/** Vendor text that would run or format if it were not escaped. */
export const HOSTILE = `<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> | @everyone [x](javascript:alert(1)) ]]> \u0000`

/** When the fixture's verification run started: the checkedAt of every verdict in its ledger. */
export const FIXTURE_RUN_STARTED_AT = '2026-01-02T03:00:00.000Z'

/** The fixture gives each of four vendors a role, in discovery order (any vendors do). */
const [drifted, unverified, unreplayed, unreadable] = VENDOR_IDS
/** The vendor whose page drifted in the fixture. */
export const DRIFTED_VENDOR: VendorId = drifted
/** The vendor left out of the fixture's verify report (its verified cells are "not run"). */
export const UNVERIFIED_VENDOR: VendorId = unverified
/** The vendor left out of the fixture's replay record. */
export const UNREPLAYED_VENDOR: VendorId = unreplayed
/** The vendor whose page the fixture's drift report could not read. */
export const UNREADABLE_VENDOR: VendorId = unreadable

/** An entry whose status and code no other entry of its catalog shares, so a drift change names only it. */
export function uniqueEntry(catalog: CatalogFile): CatalogEntry {
  const key = (entry: CatalogEntry) => `${entry.status}|${entry.code ?? entry.message}`
  const entry = catalog.errors.find((candidate) => catalog.errors.filter((other) => key(other) === key(candidate)).length === 1)
  if (!entry) throw new Error(`${catalog.vendor}: every entry shares its status and code with another`)
  return entry
}

/** What the fixture says about each vendor, for the assertions. */
export interface FixtureFacts {
  mismatched: { vendor: string; id: string }
  unavailable: { vendor: string; id: string }
  driftChanged: { vendor: string; id: string }
  unserved: Array<{ vendor: string; id: string }>
}

/**
 * Writes verify.json, drift.json and replay-coverage.json for every real catalog into a folder,
 * with one of each outcome (verified, mismatch, unavailable, not run; unchanged, changed, error;
 * served, not served), hostile vendor text, and returns report options that read them.
 */
export function writeFixtureInputs(dir: string, catalogs: CatalogFile[] = loadAllCatalogs()): { options: ReportOptions; facts: FixtureFacts } {
  mkdirSync(dir, { recursive: true })
  const drifted = catalogs.find((catalog) => catalog.vendor === DRIFTED_VENDOR)!
  const [first, second] = drifted.errors
  const changed = uniqueEntry(drifted)
  const verify = {
    startedAt: FIXTURE_RUN_STARTED_AT,
    vendors: [
      ...catalogs
        .filter((catalog) => catalog.vendor !== UNVERIFIED_VENDOR)
        .map((catalog) => ({
          vendor: catalog.vendor,
          target: 'http://127.0.0.1:40123 (reference sandbox)',
          interactions: catalog.errors.map((entry) => ({
            description: catalogDescription(entry),
            providerStates: entry.state ? [{ name: entry.state.name, params: entry.state.params }] : [],
            request: { method: entry.request.method, path: entry.request.path },
            outcome: entry === first && catalog === drifted ? 'mismatch' : entry === second && catalog === drifted ? 'unavailable' : 'verified',
            mismatches:
              entry === first && catalog === drifted
                ? [
                    { field: 'body $.errors.error_code', expected: 404, actual: 400, detail: 'expected 404 but received 400' },
                    { field: 'header Content-Type', expected: 'application/json', actual: HOSTILE, detail: 'the content type differs' },
                  ]
                : entry === second && catalog === drifted
                  ? []
                  : [],
            reason: entry === second && catalog === drifted ? 'connection refused (ECONNREFUSED)' : undefined,
          })),
        })),
      {
        vendor: 'booking-webhook',
        target: 'http://127.0.0.1:40999',
        interactions: [
          {
            description: 'a booking for an unknown slot',
            providerStates: [],
            request: { method: 'POST', path: '/webhooks/booking' },
            outcome: 'verified',
            mismatches: [],
          },
        ],
      },
    ],
  }
  const drift = {
    vendors: catalogs.map((catalog) => {
      if (catalog.vendor === UNREADABLE_VENDOR)
        return { vendor: catalog.vendor, source: catalog.page, outcome: 'error', changes: [], warnings: [], error: 'fetch timed out after 10 s' }
      if (catalog.vendor !== DRIFTED_VENDOR)
        return { vendor: catalog.vendor, source: `providers/doc-snapshots/${catalog.vendor}.txt`, outcome: 'unchanged', changes: [], warnings: [] }
      return {
        vendor: catalog.vendor,
        source: `providers/doc-snapshots/${catalog.vendor}.txt`,
        outcome: 'drift',
        changes: [
          { kind: 'changed', status: changed.status, code: changed.code ?? changed.message, detail: `status: ${changed.status} became 410` },
          { kind: 'added', status: 418, code: 'teapot', detail: `a new error row: ${HOSTILE}` },
        ],
        warnings: [{ kind: 'status-only-in-prose', detail: 'the prose mentions 503, the table does not' }],
      }
    }),
  }
  const unserved = catalogs
    .filter((catalog) => catalog.vendor !== UNREPLAYED_VENDOR)
    .map((catalog) => ({ vendor: catalog.vendor, id: catalog.errors.at(-1)!.id }))
  const replay = {
    interactions: catalogs
      .filter((catalog) => catalog.vendor !== UNREPLAYED_VENDOR)
      .flatMap((catalog) =>
        catalog.errors.map((entry) => ({
          vendor: catalog.vendor,
          description: catalogDescription(entry),
          tests: entry === catalog.errors.at(-1) ? [] : [`test/behaviour/${catalog.vendor}.test.ts › handles ${entry.id}`],
        })),
      ),
  }
  const options: ReportOptions = {
    ...defaultReportOptions(),
    verifyFile: join(dir, 'verify.json'),
    driftFile: join(dir, 'drift.json'),
    assumptionsFile: join(dir, 'assumptions.json'),
    replayFile: join(dir, 'replay-coverage.json'),
    outDir: join(dir, 'out'),
    env: {},
    now: new Date('2026-01-02T03:04:05Z'),
  }
  writeFileSync(options.verifyFile, JSON.stringify(verify, null, 2))
  writeFileSync(options.driftFile, JSON.stringify(drift, null, 2))
  // The ledger npm run verify would have written beside this verify report.
  writeFileSync(options.assumptionsFile, JSON.stringify(assumptionVerdicts(VerifyRun.parse(verify), catalogs), null, 2))
  writeFileSync(options.replayFile, JSON.stringify(replay, null, 2))
  return {
    options,
    facts: {
      mismatched: { vendor: DRIFTED_VENDOR, id: first!.id },
      unavailable: { vendor: DRIFTED_VENDOR, id: second!.id },
      driftChanged: { vendor: DRIFTED_VENDOR, id: changed.id },
      unserved,
    },
  }
}
