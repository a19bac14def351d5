import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { isDocPageError } from '../../providers/doc-pages/doc-page-error.ts'
import { readDocPage } from '../../providers/doc-pages/extract-doc-page.ts'
import { MAX_PAGE_BYTES } from '../../providers/doc-pages/page-guards.ts'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'
import { exitCodeOf } from '../../scripts/lib/drift/drift-report.ts'
import { runDrift } from '../../scripts/lib/drift/run-drift.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { scratchRoot } from './support/scratch-root.ts'
import { htmlPage, snapshot } from './support/snapshot.ts'

const scratch = mkdtempSync(join(tmpdir(), 'drift-hostile-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A page of another site, with tables, code and headings of its own. */
const OTHER_SITE = `<!DOCTYPE html><html><head><title>Example Domain</title></head><body>
<h1>Example Domain</h1><p>This domain is for use in illustrative examples in documents.</p>
<h2>Errors</h2><table><tr><th>Code</th><th>Meaning</th></tr><tr><td>404</td><td>Not found</td></tr><tr><td>500</td><td>Server error</td></tr></table>
<pre><code>{"error": "not_found", "status": 404}</code></pre></body></html>`

/** Pages that cannot be compared, and the problem each must be reported as. */
const HOSTILE: Array<{ name: string; problem: string | RegExp; write: (file: string, vendor: VendorId) => void }> = [
  { name: 'an empty page', problem: 'empty', write: (file) => writeFileSync(file, '') },
  { name: 'a page of blank lines', problem: 'empty', write: (file) => writeFileSync(file, ' \r\n\t\n\n') },
  {
    name: 'a binary file',
    problem: 'binary',
    write: (file) => writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
  },
  {
    name: 'bytes that are not UTF-8',
    problem: 'binary',
    write: (file) => writeFileSync(file, Buffer.from([0x45, 0x72, 0x72, 0xff, 0xfe, 0xc3, 0x28, 0x6f, 0x72])),
  },
  {
    name: 'a 50 MB file',
    problem: 'too-large',
    write: (file) => {
      writeFileSync(file, '')
      truncateSync(file, 50 * 1024 * 1024)
    },
  },
  { name: "another site's page", problem: 'not-the-vendor-page', write: (file) => writeFileSync(file, OTHER_SITE) },
  {
    name: "another vendor's page",
    problem: 'not-the-vendor-page',
    write: (file, vendor) => {
      const other = VENDOR_IDS[(VENDOR_IDS.indexOf(vendor) + 1) % VENDOR_IDS.length]
      writeFileSync(file, readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${other}.txt`)))
    },
  },
  {
    name: 'the page cut off after its title',
    problem: /^(not-the-vendor-page|no-errors)$/,
    write: (file, vendor) => writeFileSync(file, readFileSync(join(PROJECT_ROOT, 'providers', 'doc-snapshots', `${vendor}.txt`), 'utf8').slice(0, 300)),
  },
  { name: 'a folder where the page should be', problem: 'unreadable', write: (file) => mkdirSync(file) },
]

describe.each(testedVendors())('drift of a %s page that cannot be read', (vendor) => {
  it.each(HOSTILE.map((page) => [page.name, page] as const))('reports %s as an error, with no changes, and exits 2', async (_name, page) => {
    const dir = mkdtempSync(join(scratch, `${vendor}-`))
    page.write(join(dir, `${vendor}.txt`), vendor)
    const report = await runDrift({ vendors: [vendor], docs: dir })
    const [result] = report.vendors
    const problem = typeof page.problem === 'string' ? page.problem : expect.stringMatching(page.problem)
    expect(result).toMatchObject({ vendor, outcome: 'error', changes: [], error: { problem } })
    expect(result!.error!.message).toContain(vendor)
    expect(exitCodeOf(report)).toBe(2)
  })
})

/** Some vendor (the first tested one), and another (the next discovered one) for the tests that read two pages. */
const vendor = testedVendors()[0]!
const other = VENDOR_IDS[(VENDOR_IDS.indexOf(vendor) + 1) % VENDOR_IDS.length]!

describe('reading pages from a --docs folder', () => {
  it('reports a vendor whose page is missing from the folder as an error', async () => {
    const dir = mkdtempSync(join(scratch, 'missing-'))
    const report = await runDrift({ vendors: [vendor], docs: dir })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'unreadable' } })
  })

  it('refuses a folder holding both a text and an HTML page for one vendor', async () => {
    const dir = mkdtempSync(join(scratch, 'both-'))
    writeFileSync(join(dir, `${vendor}.txt`), snapshot(vendor))
    writeFileSync(join(dir, `${vendor}.html`), htmlPage(vendor))
    const report = await runDrift({ vendors: [vendor], docs: dir })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'unreadable' } })
  })

  it('keeps checking the other vendors when one page cannot be read', async () => {
    const dir = mkdtempSync(join(scratch, 'mixed-'))
    writeFileSync(join(dir, `${other}.txt`), '')
    writeFileSync(join(dir, `${vendor}.html`), htmlPage(vendor))
    const report = await runDrift({ vendors: [other, vendor], docs: dir })
    expect(report.vendors.map((result) => result.outcome)).toEqual(['error', 'unchanged'])
  })
})

describe('the page guards', () => {
  it('refuses a page over the size limit before parsing it', () => {
    const bytes = Buffer.alloc(MAX_PAGE_BYTES + 1, 0x41)
    expect(() => readDocPage({ vendor, source: 'big.txt', bytes, form: 'text' })).toThrow(
      expect.objectContaining({ name: 'DocPageError', problem: 'too-large' }),
    )
  })

  it('reads an HTML document given as a text file as HTML', () => {
    expect(readDocPage({ vendor, source: `${vendor}.txt`, bytes: Buffer.from(htmlPage(vendor)), form: 'text' }).form).toBe('html')
  })

  it('names the vendor and the source in the error', () => {
    let caught: unknown
    try {
      readDocPage({ vendor, source: `pages/${vendor}.txt`, bytes: Buffer.from(OTHER_SITE), form: 'html' })
    } catch (error) {
      caught = error
    }
    expect(isDocPageError(caught)).toBe(true)
    expect(caught).toMatchObject({ vendor, source: `pages/${vendor}.txt`, problem: 'not-the-vendor-page' })
  })
})

describe('a catalog that cannot be loaded', () => {
  it('makes the vendor an error named "catalog", with the catalog file in the message', async () => {
    const scratchProject = scratchRoot()
    try {
      writeFileSync(join(scratchProject.root, conventionFile('catalog', vendor)), '{ not json')
      const report = await runDrift({ vendors: [vendor], root: scratchProject.root })
      expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'catalog' } })
      expect(report.vendors[0]!.error!.message).toContain(conventionFile('catalog', vendor))
    } finally {
      scratchProject.remove()
    }
  })
})
