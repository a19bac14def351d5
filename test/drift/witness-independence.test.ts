import { describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { reach, VENDOR_ID_FILES } from '../support/reached-files.ts'

const importsOf = (entry: string) => reach(entry).files

describe('the doc extractors as a witness', () => {
  it.each([
    'providers/doc-pages/extract-doc-page.ts',
    'providers/doc-pages/doc-page-data.ts',
    ...testedVendors().map((vendor) => `providers/${vendor}/doc-extractor.ts`),
  ])('%s reaches no catalog, sandbox, consumer, script or test code (only the kit and the vendors’ own doc-page.json)', (entry) => {
    const reached = importsOf(entry)
    expect(reached).toContain(entry)
    expect(
      reached.filter(
        (file) =>
          !file.startsWith('providers/doc-pages/') &&
          !/^providers\/[a-z][a-z0-9-]*\/doc-(extractor\.ts|page\.json)$/.test(file) &&
          !VENDOR_ID_FILES.includes(file) &&
          file !== 'providers/vendor-conventions.ts',
      ),
    ).toEqual([])
  })

  it('follows imports (the generated extractor table reaches every vendor extractor)', () => {
    const reached = importsOf('providers/doc-pages/extract-doc-page.ts')
    for (const vendor of VENDOR_IDS) expect(reached).toContain(`providers/${vendor}/doc-extractor.ts`)
  })
})
