import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { contractsSnapshot } from '../../scripts/lib/release/contracts-snapshot.ts'
import { release } from '../../scripts/lib/release/release.ts'
import { versionProblem } from '../../scripts/lib/release/version-check.ts'
import { readVersionRecord } from '../../scripts/lib/release/version-record.ts'

const scratch = mkdtempSync(join(tmpdir(), 'release-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const interaction = (description: string, status = 404) => ({ description, request: { method: 'GET', path: '/x' }, response: { status } })
let root = ''
let runs = 0

function writePact(interactions: unknown[], extra: Record<string, unknown> = {}) {
  writeFileSync(join(root, 'contracts', 'app-acme.json'), JSON.stringify({ consumer: { name: 'app' }, provider: { name: 'acme' }, interactions, ...extra }))
}

beforeEach(() => {
  root = join(scratch, `project-${++runs}`)
  mkdirSync(join(root, 'contracts'), { recursive: true })
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'acme-contracts', version: '0.1.0' }, null, 2)}\n`)
  writeFileSync(
    join(root, 'package-lock.json'),
    `${JSON.stringify({ name: 'acme-contracts', version: '0.1.0', packages: { '': { name: 'acme-contracts', version: '0.1.0' } } }, null, 2)}\n`,
  )
  writePact([interaction('gone: a'), interaction('lost: b')])
  release({ root, first: true, date: '2025-01-01' })
})

describe('the version check', () => {
  it('passes when the contracts are those recorded with the version', () => {
    expect(versionProblem(root)).toBeUndefined()
  })

  it('fails naming the changed interaction and the release command when a contract changed and the version did not', () => {
    writePact([interaction('gone: a', 410), interaction('lost: b')])
    expect(versionProblem(root)).toMatch(/1 changed: app-acme\.json › gone: a.*npm run release -- --bump patch\|minor\|major/)
  })

  it('ignores formatting, key order and the tools’ metadata in the pact files', () => {
    const path = join(root, 'contracts', 'app-acme.json')
    const pact = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries({ ...pact, metadata: { 'pact-js': { version: '99.0.0' } } }).reverse())
    writeFileSync(path, JSON.stringify(reordered, null, 4))
    expect(versionProblem(root)).toBeUndefined()
  })

  it('fails when package.json and the record name different versions', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'acme-contracts', version: '0.1.1' }))
    expect(versionProblem(root)).toMatch(/package\.json says version 0\.1\.1 but contracts-version\.json records 0\.1\.0/)
  })

  it('refuses a record with a bad field, naming the file and the field', () => {
    writeFileSync(join(root, 'contracts-version.json'), JSON.stringify({ version: '0.1.0', fingerprint: 'md5:x', interactions: {} }))
    expect(() => versionProblem(root)).toThrow(/contracts-version\.json: "fingerprint"/)
  })
})

describe('npm run release', () => {
  it('bumps the version in package.json and its lock, and records the contracts', () => {
    writePact([interaction('gone: a'), interaction('moved: c')])
    const done = release({ root, bump: 'minor', date: '2025-02-01' })
    expect(done.version).toBe('0.2.0')
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({ version: '0.2.0' })
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version: string }> }
    expect([lock.version, lock.packages['']!.version]).toEqual(['0.2.0', '0.2.0'])
    expect(readVersionRecord(join(root, 'contracts-version.json'))).toEqual({ version: '0.2.0', ...contractsSnapshot(join(root, 'contracts')) })
    expect(versionProblem(root)).toBeUndefined()
  })

  it('puts the interactions added, removed and changed since the last version on top of the changelog', () => {
    writePact([interaction('gone: a', 410), interaction('moved: c')])
    release({ root, bump: 'patch', date: '2025-02-01' })
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8')
    const newest = changelog.slice(changelog.indexOf('## 0.1.1'), changelog.indexOf('## 0.1.0'))
    expect(newest).toContain('### Interactions added\n\n- `app-acme.json` › moved: c')
    expect(newest).toContain('### Interactions removed\n\n- `app-acme.json` › lost: b')
    expect(newest).toContain('### Interactions changed\n\n- `app-acme.json` › gone: a')
    expect(changelog.indexOf('## 0.1.1')).toBeLessThan(changelog.indexOf('## 0.1.0'))
  })

  it('says so when a version changes no contract', () => {
    expect(release({ root, bump: 'patch', date: '2025-02-01' }).entry).toBe('## 0.1.1 (2025-02-01)\n\nNo contract changes.\n')
  })

  it('refuses to run without saying how much the version changes', () => {
    expect(() => release({ root, date: '2025-02-01' })).toThrow(/--bump patch\|minor\|major/)
  })

  it('fails naming the pact file and interaction when two interactions share a description', () => {
    writePact([interaction('gone: a'), interaction('gone: a', 410)])
    expect(() => release({ root, bump: 'patch', date: '2025-02-01' })).toThrow(/app-acme\.json: two interactions are described "gone: a"/)
  })
})
