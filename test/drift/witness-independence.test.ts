import { describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { reach } from '../support/reached-files.ts'

const importsOf = (entry: string) => reach(entry).files

describe('the doc extractors as a witness', () => {
  it.each([
    'providers/doc-pages/extract-doc-page.ts',
    'providers/doc-pages/doc-page-data.ts',
    ...VENDOR_IDS.map((vendor) => `providers/${vendor}/doc-extractor.ts`),
  ])('%s reaches no catalog, sandbox, consumer, script or test code', (entry) => {
    const reached = importsOf(entry)
    expect(reached).toContain(entry)
    expect(
      reached.filter(
        (file) => !file.startsWith('providers/doc-pages/') && !/^providers\/[a-z]+\/doc-extractor\.ts$/.test(file) && file !== 'providers/vendor-ids.ts',
      ),
    ).toEqual([])
  })

  it('follows imports (the extractor table reaches every vendor extractor)', () => {
    const reached = importsOf('providers/doc-pages/extract-doc-page.ts')
    for (const vendor of VENDOR_IDS) expect(reached).toContain(`providers/${vendor}/doc-extractor.ts`)
  })
})
