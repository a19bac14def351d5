import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { loadDocPageData } from '../../providers/doc-pages/doc-page-data.ts'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { catalogEntries } from '../../scripts/lib/drift/catalog-entries.ts'
import { runDrift } from '../../scripts/lib/drift/run-drift.ts'
import { validatorsPath } from '../../scripts/lib/drift/page-validators.ts'
import { writeFileAtomic } from '../../scripts/lib/drift/write-file-atomic.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { driftCasesOf } from './support/drift-cases.ts'
import { changeKeys } from './support/drift-of-page.ts'
import { scratchRoot } from './support/scratch-root.ts'
import { snapshot } from './support/snapshot.ts'

/** Some vendor: the first tested one. */
const vendor = testedVendors()[0]!

const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach((cleanup) => cleanup()))

function root(): string {
  const scratch = scratchRoot()
  cleanups.push(scratch.remove)
  return scratch.root
}

function docsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drift-docs-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

describe('--accept', () => {
  it('takes an edited text page as the new snapshot, and the drift stays until the catalog changes', async () => {
    const project = root()
    const docs = docsDir()
    // The vendor's own edit that adds a documented error (providers/<id>/drift-cases.ts).
    const added = driftCasesOf(vendor).edits.find((edit) => edit.expected().some((change) => change.kind === 'added'))!
    const edited = added.edit(snapshot(vendor))
    const stored = conventionFile('snapshot', vendor)
    writeFileSync(join(docs, `${vendor}.txt`), edited)
    writeFileSync(join(project, validatorsPath(vendor)), JSON.stringify({ url: loadDocPageData(vendor).page, etag: '"old"' }))

    const accepted = await runDrift({ vendors: [vendor], docs, accept: true, root: project })
    expect(accepted.vendors[0]).toMatchObject({ outcome: 'drift', accepted: stored })
    expect(readFileSync(join(project, stored), 'utf8')).toBe(edited)
    expect(existsSync(join(project, validatorsPath(vendor)))).toBe(false)

    const again = await runDrift({ vendors: [vendor], root: project })
    expect(again.vendors[0]).toMatchObject({ outcome: 'drift' })
    expect(changeKeys(again.vendors[0]!.changes), `${vendor}: ${added.name}`).toEqual(changeKeys(added.expected() as never))
    expect(again.vendors[0]!.accepted).toBeUndefined()
  })

  it.each(testedVendors())('stores the %s HTML page as a text capture that keeps every catalog quote', async (vendor) => {
    const project = root()
    const docs = docsDir()
    writeFileSync(join(docs, `${vendor}.html`), readFileSync(join(PROJECT_ROOT, conventionFile('docPageHtml', vendor))))
    const accepted = await runDrift({ vendors: [vendor], docs, accept: true, root: project })
    expect(accepted.vendors[0]).toMatchObject({ outcome: 'unchanged', accepted: conventionFile('snapshot', vendor) })
    const stored = readFileSync(join(project, conventionFile('snapshot', vendor)), 'utf8')
    expect(stored).not.toMatch(/<(html|body|div|table|pre)\b/i)
    // The catalog and any other catalog the page documents still load: their quotes are in the new capture.
    expect(() => catalogEntries(vendor, project)).not.toThrow()
    expect((await runDrift({ vendors: [vendor], root: project })).vendors[0]).toMatchObject({ outcome: 'unchanged' })
  })

  it('leaves the snapshot alone when the page cannot be read', async () => {
    const project = root()
    const docs = docsDir()
    writeFileSync(join(docs, `${vendor}.txt`), '')
    const before = readFileSync(join(project, conventionFile('snapshot', vendor)))
    const report = await runDrift({ vendors: [vendor], docs, accept: true, root: project })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error' })
    expect(report.vendors[0]!.accepted).toBeUndefined()
    expect(readFileSync(join(project, conventionFile('snapshot', vendor)))).toEqual(before)
  })

  it('writes nothing when the page read is the stored snapshot itself', async () => {
    const project = root()
    const report = await runDrift({ vendors: [vendor], accept: true, root: project })
    expect(report.vendors[0]).toMatchObject({ outcome: 'unchanged' })
    expect(report.vendors[0]!.accepted).toBeUndefined()
    expect(readdirSync(join(project, 'providers/doc-snapshots')).filter((name) => name.startsWith('.'))).toEqual([])
  })
})

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const dir = docsDir()
    const file = join(dir, 'nested', 'report.json')
    writeFileAtomic(file, 'first')
    writeFileAtomic(file, 'second')
    expect(readFileSync(file, 'utf8')).toBe('second')
    expect(readdirSync(join(dir, 'nested'))).toEqual(['report.json'])
  })

  it('throws an error naming the path when the folder cannot hold the file, and leaves nothing behind', () => {
    const dir = docsDir()
    writeFileSync(join(dir, 'a-file'), 'not a folder')
    expect(() => writeFileAtomic(join(dir, 'a-file', 'report.json'), '{}')).toThrow(/a-file\/report\.json/)
    expect(readdirSync(dir)).toEqual(['a-file'])
  })

  it.skipIf(process.getuid?.() === 0)('keeps the old report when the folder is read-only', () => {
    const dir = docsDir()
    const file = join(dir, 'report.json')
    writeFileAtomic(file, 'old')
    chmodSync(dir, 0o500)
    try {
      expect(() => writeFileAtomic(file, 'new')).toThrow(/report\.json/)
    } finally {
      chmodSync(dir, 0o700)
    }
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('refuses to write over a folder', () => {
    const dir = docsDir()
    mkdirSync(join(dir, 'report.json'))
    expect(() => writeFileAtomic(join(dir, 'report.json'), '{}')).toThrow(/report\.json/)
  })
})
