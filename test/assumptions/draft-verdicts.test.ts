import { describe, expect, it } from 'vitest'
import { assumptionVerdicts } from '../../scripts/lib/assumptions/assumption-verdicts.ts'
import { catalogOf, entryAssuming, runOf, type TargetFacts } from './support/ledger-fixtures.ts'

/** The verdicts of a draft's assumptions when its interaction mismatched on status against `target`. */
function draftVerdicts(target: TargetFacts): string[] {
  const entry = { ...entryAssuming('thing-not-found', ['status', 'body']), draft: 'written by npm run new-vendor; not reviewed yet' }
  const run = runOf([{ entry, result: { outcome: 'mismatch', mismatches: [{ field: 'status', actual: 200 }] } }], target)
  return assumptionVerdicts(run, [catalogOf(entry)]).vendors[0]!.assumptions.map((assumption) => assumption.verdict)
}

describe('the verdict of a draft’s assumption', () => {
  it('stays untested when a reference sandbox answered otherwise: that skeleton answers none of the page’s errors yet', () => {
    expect(draftVerdicts({ targetKind: 'reference', referenceSandbox: true })).toEqual(['untested', 'untested'])
  })

  it('is refuted when the vendor itself answered otherwise, as any assumption is', () => {
    expect(draftVerdicts({ targetKind: 'real', referenceSandbox: false })).toEqual(['refuted', 'untested'])
  })
})
