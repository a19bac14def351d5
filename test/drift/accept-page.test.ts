import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { loadWebhookCatalog } from '../../providers/docplanner/webhook-catalog.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { runDrift } from '../../scripts/lib/drift/run-drift.ts'
import { validatorsPath } from '../../scripts/lib/drift/page-validators.ts'
import { writeFileAtomic } from '../../scripts/lib/drift/write-file-atomic.ts'
import { insertLineAfter } from './support/page-edits.ts'
import { scratchRoot } from './support/scratch-root.ts'

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
    const edited = insertLineAfter(
      readFileSync(join(PROJECT_ROOT, 'providers/doc-snapshots/plusauth.txt'), 'utf8'),
      '409 already_exists',
      '410 entity_gone The resource was deleted.',
    )
    writeFileSync(join(docs, 'plusauth.txt'), edited)
    writeFileSync(join(project, validatorsPath('plusauth')), JSON.stringify({ url: 'https://docs.plusauth.com/tr/api/core/errors', etag: '"old"' }))

    const accepted = await runDrift({ vendors: ['plusauth'], docs, accept: true, root: project })
    expect(accepted.vendors[0]).toMatchObject({ outcome: 'drift', accepted: 'providers/doc-snapshots/plusauth.txt' })
    expect(readFileSync(join(project, 'providers/doc-snapshots/plusauth.txt'), 'utf8')).toBe(edited)
    expect(existsSync(join(project, validatorsPath('plusauth')))).toBe(false)

    const again = await runDrift({ vendors: ['plusauth'], root: project })
    expect(again.vendors[0]).toMatchObject({ outcome: 'drift', changes: [{ kind: 'added', code: 'entity_gone' }] })
    expect(again.vendors[0]!.accepted).toBeUndefined()
  })

  it.each(VENDOR_IDS)('stores the %s HTML page as a text capture that keeps every catalog quote', async (vendor) => {
    const project = root()
    const docs = docsDir()
    writeFileSync(join(docs, `${vendor}.html`), readFileSync(join(PROJECT_ROOT, 'test/fixtures/doc-pages', `${vendor}.html`)))
    const accepted = await runDrift({ vendors: [vendor], docs, accept: true, root: project })
    expect(accepted.vendors[0]).toMatchObject({ outcome: 'unchanged', accepted: `providers/doc-snapshots/${vendor}.txt` })
    const snapshot = readFileSync(join(project, 'providers/doc-snapshots', `${vendor}.txt`), 'utf8')
    expect(snapshot).not.toMatch(/<(html|body|div|table|pre)\b/i)
    expect(() => loadCatalog(vendor, project)).not.toThrow()
    if (vendor === 'docplanner') expect(() => loadWebhookCatalog(project)).not.toThrow()
    expect((await runDrift({ vendors: [vendor], root: project })).vendors[0]).toMatchObject({ outcome: 'unchanged' })
  })

  it('leaves the snapshot alone when the page cannot be read', async () => {
    const project = root()
    const docs = docsDir()
    writeFileSync(join(docs, 'usta.txt'), '')
    const before = readFileSync(join(project, 'providers/doc-snapshots/usta.txt'))
    const report = await runDrift({ vendors: ['usta'], docs, accept: true, root: project })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error' })
    expect(report.vendors[0]!.accepted).toBeUndefined()
    expect(readFileSync(join(project, 'providers/doc-snapshots/usta.txt'))).toEqual(before)
  })

  it('writes nothing when the page read is the stored snapshot itself', async () => {
    const project = root()
    const report = await runDrift({ vendors: ['aplos'], accept: true, root: project })
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
