import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { parseDriftArgs } from '../../scripts/lib/drift/drift-args.ts'
import type { DriftReport } from '../../scripts/lib/drift/drift-report.ts'
import { runScriptSync, scriptCommand, type ScriptRun } from '../support/run-script.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { oneChangeEdit } from './support/drift-cases.ts'
import { changeKeys } from './support/drift-of-page.ts'
import { snapshot } from './support/snapshot.ts'

const scratch = mkdtempSync(join(tmpdir(), 'drift-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let driftScript: [string, string[]]
beforeAll(async () => {
  driftScript = await scriptCommand('drift')
})

/** Runs `npm run drift` (the script itself) and returns its exit code and output. */
function drift(...args: string[]): ScriptRun {
  return runScriptSync(driftScript, args)
}

function docs(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'docs-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

/** Some vendor (the first tested one) and its page edited by one of its drift cases; another vendor for the tests of two. */
const vendor = testedVendors()[0]!
const other = VENDOR_IDS[(VENDOR_IDS.indexOf(vendor) + 1) % VENDOR_IDS.length]!
const drifted = oneChangeEdit(vendor)
const editedPage = drifted.edit(snapshot(vendor))

describe('npm run drift', () => {
  it('exits 0 and reports every vendor unchanged against the stored snapshots', () => {
    const run = drift()
    expect(run.code).toBe(0)
    for (const vendor of VENDOR_IDS) expect(run.stdout).toContain(`${vendor}: unchanged`)
  })

  it('exits 1 and prints the JSON report of an edited page from --docs', () => {
    const dir = docs({ [`${vendor}.txt`]: editedPage })
    const run = drift('--docs', dir, '--vendor', vendor, '--format', 'json')
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as DriftReport
    expect(report.vendors).toHaveLength(1)
    expect(report.vendors[0]).toMatchObject({ vendor, outcome: 'drift' })
    expect(changeKeys(report.vendors[0]!.changes), `${vendor}: ${drifted.name}`).toEqual(changeKeys(drifted.expected() as never))
  })

  it('exits 2 when a page cannot be read, even if another vendor drifted', () => {
    const dir = docs({ [`${vendor}.txt`]: editedPage, [`${other}.txt`]: '' })
    const run = drift('--docs', dir, '--vendor', vendor, '--vendor', other, '--format', 'markdown', '--out', join(dir, 'out', 'drift.md'))
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    const markdown = readFileSync(join(dir, 'out', 'drift.md'), 'utf8')
    expect(markdown).toContain(`| ${vendor} | drift | 1 |`)
    expect(markdown).toContain(`| ${other} | error | 0 |`)
    expect(readdirSync(join(dir, 'out'))).toEqual(['drift.md'])
  })

  it('exits 2 with the usage for a bad option', () => {
    const run = drift('--vendor', 'acme')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/acme/)
    expect(run.stderr).toMatch(/usage: npm run drift/)
  })

  it('exits 2 and leaves nothing behind when --out cannot be written', () => {
    const dir = docs({ 'a-file': 'not a folder' })
    const run = drift('--vendor', vendor, '--out', join(dir, 'a-file', 'drift.json'))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('a-file/drift.json')
    expect(readdirSync(dir)).toEqual(['a-file'])
  })
})

describe('parseDriftArgs', () => {
  it.each([
    ['an unknown vendor', ['--vendor', 'acme'], /acme/],
    ['an unknown format', ['--format', 'yaml'], /--format/],
    ['--docs with --live', ['--docs', '.', '--live'], /--docs and --live/],
    ['a --docs folder that does not exist', ['--docs', 'no/such/folder'], /no\/such\/folder/],
    ['an unknown option', ['--vendors', vendor], /vendors/],
    ['a positional argument', [vendor], new RegExp(vendor)],
  ])('rejects %s with a message naming it', (_name, args, message) => {
    expect(() => parseDriftArgs(args, {})).toThrow(message)
  })

  it('rejects a DRIFT_TIMEOUT_MS that is not a positive whole number', () => {
    expect(() => parseDriftArgs([], { DRIFT_TIMEOUT_MS: 'soon' })).toThrow(/DRIFT_TIMEOUT_MS/)
  })

  it('reads repeated vendors, the format, the output file and the timeout', () => {
    const command = parseDriftArgs(['--vendor', vendor, '--vendor', other, '--format', 'markdown', '--out', 'reports/drift.md', '--live', '--accept'], {
      DRIFT_TIMEOUT_MS: '2500',
    })
    expect(command).toMatchObject({ vendors: [vendor, other], format: 'markdown', out: 'reports/drift.md', live: true, accept: true, timeoutMs: 2500 })
  })
})
