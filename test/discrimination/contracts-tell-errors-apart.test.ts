import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { leafPaths } from '../../providers/catalog/body-paths.ts'
import type { CatalogFile } from '../../providers/catalog/catalog-schema.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { findCollisions, isDiscriminating, responseOf, type PactFile } from './support/collisions.ts'

function pactOf(catalog: CatalogFile): PactFile {
  const file = `${catalog.consumer}-${catalog.vendor}.json`
  if (!readdirSync(join(PROJECT_ROOT, 'contracts')).includes(file))
    throw new Error(`${catalog.vendor}: contracts/${file} is missing; run npm run contracts -- --vendor ${catalog.vendor}`)
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'contracts', file), 'utf8')) as PactFile
}

/** `errors[0].message` → `$.errors[0].message`. */
const pactPath = (leaf: string) => `$.${leaf}`

describe.each(testedVendors())('the %s contracts tell documented errors apart', (vendor) => {
  it('accept no other documented error’s documented response, unless it is the same error reached another way', () => {
    const catalog = loadCatalog(vendor)
    const collisions = findCollisions(catalog, pactOf(catalog)).map(({ contracted, accepted }) => `${contracted} accepts ${accepted}`)
    expect(collisions, `${vendor}: contracts that another documented error would also satisfy`).toEqual([])
  })
})

/** Whether the tested vendors have entries to tell apart at all (a vendor with drafts only, all pending, has none). */
const discriminating = testedVendors().some((vendor) => loadCatalog(vendor).errors.filter(isDiscriminating).length >= 2)

describe('the pairwise check', () => {
  it.runIf(discriminating)('fails, naming the pair, when an identifying matcher is loosened back to a type match', () => {
    const caught: string[] = []
    for (const vendor of testedVendors()) {
      const catalog = loadCatalog(vendor)
      const pact = pactOf(catalog)
      const entries = catalog.errors.filter(isDiscriminating)
      for (const contracted of entries) {
        for (const other of entries.filter((item) => item !== contracted && item.status === contracted.status && item.contentType === contracted.contentType)) {
          const differing = leafPaths(contracted.body).filter((leaf) => leafPaths(other.body).includes(leaf))
          if (leafPaths(contracted.body).join() !== leafPaths(other.body).join() || differing.length === 0) continue
          if (contracted.code === other.code && contracted.message === other.message) continue
          const response = structuredClone(responseOf(catalog, pact, contracted))
          response.matchingRules = { ...response.matchingRules, body: { ...response.matchingRules?.body } }
          for (const leaf of differing) response.matchingRules.body![pactPath(leaf)] = { combine: 'AND', matchers: [{ match: 'type' }] }
          const loosened: PactFile = {
            interactions: pact.interactions.map((item) => (item.response === responseOf(catalog, pact, contracted) ? { ...item, response } : item)),
          }
          const found = findCollisions(catalog, loosened)
          if (found.some((collision) => collision.contracted === contracted.id && collision.accepted === other.id))
            caught.push(`${vendor}: ${contracted.id} / ${other.id}`)
        }
      }
    }
    expect(caught.length, 'no pair of documented errors with the same status and envelope was found to loosen').toBeGreaterThan(0)
  })
})
