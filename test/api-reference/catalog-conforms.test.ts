import { describe, expect, it } from 'vitest'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { pendingReason } from '../../providers/catalog/pending-reason.ts'
import { testedVendors } from '../support/tested-vendors.ts'

/**
 * Every catalog request is one the vendor's API reference accepts, apart from the one rule it
 * names in `request.breaks`; a request no operation of the reference can send (or whose error the
 * reference does not list) says why in `request.outsideReference` and is pending.
 */
describe.each(testedVendors())('the %s catalog against its API reference', (vendor) => {
  const catalog = loadCatalog(vendor)
  const reference = loadApiReference(vendor)

  it.each(catalog.errors.map((entry) => [entry.id, entry] as const))(
    '%s sends a request the reference accepts, or breaks only the rule it names',
    (id, entry) => {
      if (entry.request.outsideReference !== undefined) {
        expect(
          pendingReason(entry),
          `${vendor} entry "${id}": request.outsideReference says no operation of the reference fits, so it must be pending (or a draft) with the reason`,
        ).toBeDefined()
        return
      }
      const { operation, broken } = conformance(reference, entry.request)
      const expected = entry.request.breaks === undefined ? [] : [entry.request.breaks]
      expect(
        broken,
        `${vendor} entry "${id}" (${entry.request.method} ${entry.request.path}, operation ${operation ?? 'none'}) breaks ${broken.join(', ') || 'no rule'} ` +
          `but names ${entry.request.breaks ?? 'none'} in request.breaks (name the one rule it breaks on purpose; where no operation of ` +
          `providers/${vendor}/api-reference.json fits, set request.outsideReference to the reason and make the entry pending)`,
      ).toEqual(expected)
    },
  )

  it('names only sources its API reference has, for values and readings it takes from there', () => {
    const unknown = catalog.errors.flatMap((entry) =>
      [...entry.reference.map((backing) => backing.source), ...(entry.reading ? [entry.reading.source] : [])]
        .filter((source) => !Object.hasOwn(reference.sources, source))
        .map((source) => `${entry.id}: ${source}`),
    )
    expect(unknown, `${vendor} catalog entries name sources missing from providers/${vendor}/api-reference.json`).toEqual([])
  })
})
