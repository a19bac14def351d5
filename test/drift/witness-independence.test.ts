import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'

/** Every project file an entry file imports, directly or through other project files. */
function importsOf(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)) visit(resolve(dirname(file), match[1]!))
  }
  visit(join(PROJECT_ROOT, entry))
  return [...seen].map((file) => relative(PROJECT_ROOT, file)).sort()
}

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
