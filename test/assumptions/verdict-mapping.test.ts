import { describe, expect, it } from 'vitest'
import { MAX_ACTUAL } from '../../scripts/lib/assumptions/actual-text.ts'
import { assumptionVerdicts } from '../../scripts/lib/assumptions/assumption-verdicts.ts'
import { catalogBodyPath } from '../../scripts/lib/assumptions/body-path.ts'
import type { Verdict } from '../../scripts/lib/assumptions/ledger.ts'
import { catalogOf, entryAssuming, runOf, STARTED_AT, TARGET, type Outcome, type TargetFacts } from './support/ledger-fixtures.ts'

/** The verdict of each assumed field of one entry whose interaction ended as `result`. */
function verdicts(fields: readonly string[], result: Outcome, target?: TargetFacts): Record<string, Verdict> {
  const entry = entryAssuming('thing-not-found', fields)
  const ledger = assumptionVerdicts(runOf([{ entry, result }], target), [catalogOf(entry)])
  return Object.fromEntries(ledger.vendors[0]!.assumptions.map((assumption) => [assumption.field, assumption.verdict]))
}

const mismatch = (...fields: string[]): Outcome => ({ outcome: 'mismatch', mismatches: fields.map((field) => ({ field, actual: 'x' })) })

describe('the verdict of an assumption', () => {
  it('is refuted for status by a status mismatch, with what the vendor answered and where', () => {
    const entry = entryAssuming('thing-not-found', ['status', 'request'])
    const ledger = assumptionVerdicts(runOf([{ entry, result: { outcome: 'mismatch', mismatches: [{ field: 'status', actual: 410 }] } }]), [catalogOf(entry)])
    expect(ledger).toEqual({
      vendors: [
        {
          vendor: 'acme',
          assumptions: [
            { entry: 'thing-not-found', field: 'status', verdict: 'refuted', target: TARGET, checkedAt: STARTED_AT, actual: '410' },
            { entry: 'thing-not-found', field: 'request', verdict: 'untested', target: TARGET, checkedAt: STARTED_AT, actual: null },
          ],
        },
      ],
    })
  })

  it('is refuted for contentType by a Content-Type header mismatch, in any case, or a body content type mismatch', () => {
    expect(verdicts(['contentType', 'status'], mismatch('header Content-Type'))).toEqual({ contentType: 'refuted', status: 'untested' })
    expect(verdicts(['contentType'], mismatch('header content-type'))).toEqual({ contentType: 'refuted' })
    expect(verdicts(['contentType'], mismatch('body content type'))).toEqual({ contentType: 'refuted' })
    expect(verdicts(['contentType'], mismatch('status'))).toEqual({ contentType: 'untested' })
  })

  it('is refuted for a body path by a body mismatch at that path, under it or above it, and not beside it', () => {
    const fields = ['body', 'body.errors', 'body.errors.message', 'body.errors.code', 'body.meta']
    expect(verdicts(fields, mismatch('body $.errors.message'))).toEqual({
      body: 'refuted',
      'body.errors': 'refuted',
      'body.errors.message': 'refuted',
      'body.errors.code': 'untested',
      'body.meta': 'untested',
    })
    expect(verdicts(fields, mismatch('body $.errors'))).toMatchObject({
      'body.errors.message': 'refuted',
      'body.errors.code': 'refuted',
      'body.meta': 'untested',
    })
    expect(verdicts(fields, mismatch('body $'))).toEqual(Object.fromEntries(fields.map((field) => [field, 'refuted'])))
  })

  it('reads the verifier’s body paths in the catalog’s notation, array indexes either way', () => {
    expect(catalogBodyPath('$.errors.message')).toBe('errors.message')
    expect(catalogBodyPath('$.errors[0].code')).toBe('errors[0].code')
    expect(catalogBodyPath('$.errors.0.code')).toBe('errors[0].code')
    expect(catalogBodyPath("$['x-request-id']")).toBe('x-request-id')
    expect(catalogBodyPath('$')).toBe('')
    expect(catalogBodyPath('errors')).toBeUndefined()
    expect(verdicts(['body.errors[0].subject', 'body.errors[1].subject'], mismatch('body $.errors.0.subject'))).toEqual({
      'body.errors[0].subject': 'refuted',
      'body.errors[1].subject': 'untested',
    })
  })

  it('is refuted for a named header by a mismatch of that header in any case, and for all promised headers by any header but Content-Type', () => {
    expect(verdicts(['headers.X-RateLimit-Reset', 'headers.X-RateLimit-Limit', 'headers'], mismatch('header x-ratelimit-reset'))).toEqual({
      'headers.X-RateLimit-Reset': 'refuted',
      'headers.X-RateLimit-Limit': 'untested',
      headers: 'refuted',
    })
    expect(verdicts(['headers', 'contentType'], mismatch('header Content-Type'))).toEqual({ headers: 'untested', contentType: 'refuted' })
  })

  it('refutes only contentType when a wrong content type explains the body mismatches', () => {
    const fields = ['contentType', 'body', 'body.errors.message']
    expect(verdicts(fields, mismatch('header Content-Type', 'body $.errors.message', 'body $'))).toEqual({
      contentType: 'refuted',
      body: 'untested',
      'body.errors.message': 'untested',
    })
    expect(verdicts(fields, mismatch('body content type', 'body $.errors.message'))).toMatchObject({ contentType: 'refuted', body: 'untested' })
    // Without a content-type mismatch, the same body mismatch refutes the body.
    expect(verdicts(fields, mismatch('body $.errors.message'))).toEqual({ contentType: 'untested', body: 'refuted', 'body.errors.message': 'refuted' })
  })

  it('never refutes request, state or other fields field by field', () => {
    expect(
      verdicts(['request', 'request.body', 'state', 'state.params.scope', 'kind'], mismatch('status', 'header Content-Type', 'body $', 'query page')),
    ).toEqual({
      request: 'untested',
      'request.body': 'untested',
      state: 'untested',
      'state.params.scope': 'untested',
      kind: 'untested',
    })
  })

  it('is refuted from any target, a reference sandbox too', () => {
    expect(verdicts(['status'], mismatch('status'), { targetKind: 'reference', referenceSandbox: true })).toEqual({ status: 'refuted' })
    expect(verdicts(['status'], mismatch('status'), {})).toEqual({ status: 'refuted' })
  })

  it('is confirmed when the interaction was verified against a real sandbox or a --target that is not a reference sandbox', () => {
    const fields = ['status', 'contentType', 'body.errors.message', 'headers.Retry-After', 'request', 'state']
    const confirmed = Object.fromEntries(fields.map((field) => [field, 'confirmed']))
    expect(verdicts(fields, { outcome: 'verified' }, { targetKind: 'real', referenceSandbox: false })).toEqual(confirmed)
    expect(verdicts(fields, { outcome: 'verified' }, { targetKind: 'real' })).toEqual(confirmed)
    expect(verdicts(fields, { outcome: 'verified' }, { targetKind: 'url', referenceSandbox: false })).toEqual(confirmed)
  })

  it('is never confirmed by a reference sandbox, a --target that answered as one, or a report that does not say which it was', () => {
    for (const target of [
      { targetKind: 'reference', referenceSandbox: true },
      { targetKind: 'url', referenceSandbox: true },
      { targetKind: 'url' },
      {},
    ] as const)
      expect(verdicts(['status', 'request'], { outcome: 'verified' }, target), JSON.stringify(target)).toEqual({ status: 'untested', request: 'untested' })
  })

  it('leaves the classification (kind) untested even when verified against a real sandbox: the vendor never answers it', () => {
    expect(verdicts(['kind', 'status'], { outcome: 'verified' })).toEqual({ kind: 'untested', status: 'confirmed' })
  })

  it('is untested when the interaction was unavailable, mismatched elsewhere, or is not in the report, and names no target when the vendor was not verified', () => {
    expect(verdicts(['status'], { outcome: 'unavailable' })).toEqual({ status: 'untested' })
    expect(verdicts(['status'], mismatch('body $.code'))).toEqual({ status: 'untested' })
    const [missing, present] = [entryAssuming('thing-gone', ['status']), entryAssuming('thing-not-found', ['status'])]
    const ledger = assumptionVerdicts(runOf([{ entry: present, result: { outcome: 'verified' } }]), [
      catalogOf(missing, present),
      { vendor: 'other', errors: [missing] },
    ])
    expect(ledger.vendors.map((vendor) => vendor.assumptions.map(({ entry, verdict, target }) => ({ entry, verdict, target })))).toEqual([
      [
        { entry: 'thing-gone', verdict: 'untested', target: TARGET },
        { entry: 'thing-not-found', verdict: 'confirmed', target: TARGET },
      ],
      [{ entry: 'thing-gone', verdict: 'untested', target: null }],
    ])
  })

  it('keeps what the vendor answered to one short line, each value once, the detail when there is no value', () => {
    const entry = entryAssuming('thing-not-found', ['contentType', 'body'])
    const long = `text/html; ${'x'.repeat(500)}`
    const run = runOf([
      {
        entry,
        result: {
          outcome: 'mismatch',
          mismatches: [
            { field: 'header Content-Type', actual: long },
            { field: 'body content type', actual: long },
          ],
        },
      },
    ])
    const [contentType] = assumptionVerdicts(run, [catalogOf(entry)]).vendors[0]!.assumptions
    expect(contentType!.actual!.length).toBe(MAX_ACTUAL)
    expect(contentType!.actual!.startsWith('text/html; xxx')).toBe(true)
    const bodyRun = runOf([{ entry, result: { outcome: 'mismatch', mismatches: [{ field: 'body $.errors', detail: 'Expected a Map\nbut was missing' }] } }])
    expect(assumptionVerdicts(bodyRun, [catalogOf(entry)]).vendors[0]!.assumptions[1]).toMatchObject({
      verdict: 'refuted',
      actual: 'Expected a Map but was missing',
    })
  })
})
