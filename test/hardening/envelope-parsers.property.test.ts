import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { recordFastCheck, recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { contractBindingOf } from '../contract/support/contract-bindings.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { hostileBody } from './support/hostile-bodies.ts'
import { parsedEnvelopeProblems } from './support/parsed-envelope-problems.ts'
import { propertySettings } from './support/property-settings.ts'
import './support/reliability-task-meta.ts'

/** A parser must answer within this bound for any one input; a bound, not a benchmark. */
const MAX_MS_PER_INPUT = 1000

const decoder = new TextDecoder()

/** What a parser receives: whatever JSON.parse made of a hostile body (or its text when it was not JSON), and non-JSON values too. */
function parserInput(documented: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileBody(documented).map(({ bytes }) => parsedOrText(decoder.decode(bytes))) },
    {
      weight: 1,
      arbitrary: fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
    },
  )
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

describe.each(testedVendors())('the %s envelope parser', (vendor) => {
  const documented = loadCatalog(vendor).errors.map((entry) => entry.body)
  /** The parser the vendor's client uses, named by its contract binding. */
  const parse = contractBindingOf(vendor).envelopeParser

  it('answers null or a well-typed envelope for any body and status, never throwing, within the time bound', ({ task }) => {
    const settings = propertySettings()
    fc.assert(
      fc.property(parserInput(documented), fc.integer({ min: 100, max: 999 }), (body, status) => {
        const started = performance.now()
        const parsed = parse(body, status)
        const elapsed = performance.now() - started
        expect(parsedEnvelopeProblems(parsed)).toEqual([])
        expect(elapsed).toBeLessThan(MAX_MS_PER_INPUT)
      }),
      settings,
    )
    recordReliability(task.meta, { inputs: settings.numRuns })
    recordFastCheck(task.meta, settings)
  })

  it('reads every documented body of its catalog as an envelope', () => {
    for (const body of documented) expect(parse(body, 400), `${vendor}: ${JSON.stringify(body)}`).not.toBeNull()
  })
})
