import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import type { LedgerCatalog } from '../../../scripts/lib/assumptions/assumption-verdicts.ts'
import { VerifyRun } from '../../../scripts/lib/assumptions/verify-input.ts'
import { catalogDescription } from '../../../scripts/lib/report/catalog-description.ts'

/** When the synthetic run started: every verdict's checkedAt. */
export const STARTED_AT = '2026-03-04T05:06:07.000Z'

/** A synthetic vendor's target (the ledger copies it as is). */
export const TARGET = 'https://sandbox.acme.test'

/** A synthetic catalog entry assuming `fields`, with a request that names it. */
export function entryAssuming(id: string, fields: readonly string[]): LedgerCatalog['errors'][number] {
  const request: CatalogEntry['request'] = {
    operation: 'getThing',
    method: 'GET',
    path: `/things/${id}`,
    query: {},
    args: {},
    credentials: 'valid',
    trigger: `the thing ${id} is asked for`,
  }
  return { id, request, assumed: fields.map((field) => ({ field, reason: `the page does not state the ${field}` })) }
}

/** How the synthetic vendor's target is described in the verify report. */
export type TargetFacts = { targetKind?: 'reference' | 'url' | 'real'; referenceSandbox?: boolean }

/** One entry's interaction outcome in the synthetic run. */
export type Outcome =
  { outcome: 'verified' } | { outcome: 'unavailable' } | { outcome: 'mismatch'; mismatches: Array<{ field: string; actual?: unknown; detail?: string }> }

/** A verify report of one synthetic vendor ('acme'), one interaction per entry given an outcome. */
export function runOf(
  entries: ReadonlyArray<{ entry: LedgerCatalog['errors'][number]; result: Outcome }>,
  target: TargetFacts = { targetKind: 'real', referenceSandbox: false },
): VerifyRun {
  return VerifyRun.parse({
    startedAt: STARTED_AT,
    vendors: [
      {
        vendor: 'acme',
        target: TARGET,
        ...target,
        interactions: entries.map(({ entry, result }) => ({
          description: catalogDescription(entry),
          providerStates: [],
          request: { method: entry.request.method, path: entry.request.path },
          outcome: result.outcome,
          mismatches: result.outcome === 'mismatch' ? result.mismatches.map((mismatch) => ({ detail: `${mismatch.field} differs`, ...mismatch })) : [],
        })),
      },
    ],
  })
}

/** A synthetic catalog of vendor 'acme'. */
export function catalogOf(...errors: LedgerCatalog['errors']): LedgerCatalog {
  return { vendor: 'acme', errors }
}
