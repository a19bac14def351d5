import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAllCatalogs } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { pageUrlVariable } from '../../scripts/lib/drift/run-drift.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { runScript, scriptExists, type ScriptRun } from '../support/run-script.ts'
import './support/reliability-task-meta.ts'

/** Some vendor: the one with the fewest documented errors, so a command that verifies it first stays quick. */
const vendor = loadAllCatalogs().reduce((fewest, catalog) => (catalog.errors.length < fewest.errors.length ? catalog : fewest)).vendor as VendorId

/**
 * A scratch folder with a regular file `blocker` (so `blocker/x` cannot be created, even as root),
 * an empty folder `as-dir` (so writing a file there fails), and an earlier report that must survive.
 */
function scratch(): { dir: string; blocked: (name: string) => string; asDir: string; earlier: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'))
  writeFileSync(join(dir, 'blocker'), '')
  mkdirSync(join(dir, 'as-dir'))
  writeFileSync(join(dir, 'earlier.json'), '{"earlier":true}')
  return { dir, blocked: (name) => join(dir, 'blocker', name), asDir: join(dir, 'as-dir'), earlier: join(dir, 'earlier.json') }
}

/** The scratch folder's files after a run: nothing new, no temporary or half-written file. */
function expectUntouched(place: ReturnType<typeof scratch>): void {
  expect(readdirSync(place.dir).sort()).toEqual(['as-dir', 'blocker', 'earlier.json'])
  expect(readdirSync(place.asDir)).toEqual([])
  expect(readFileSync(join(place.dir, 'blocker'), 'utf8')).toBe('')
  expect(readFileSync(place.earlier, 'utf8')).toBe('{"earlier":true}')
}

/** A failure a person can act on: a non-zero exit, the named thing on stderr, no stack trace. */
function expectClearFailure(run: ScriptRun, ...named: string[]): void {
  expect(run.signal, run.stderr).toBeNull()
  expect(run.code, run.stderr).not.toBe(0)
  for (const name of named) expect(run.stderr).toContain(name)
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

describe.concurrent('hostile command lines', { timeout: 150_000 }, () => {
  it('contracts names an unknown vendor id and generates nothing', async ({ task }) => {
    expectClearFailure(await runScript('contracts', ['--check', '--vendor', 'acme']), '"acme"')
    recordReliability(task.meta, { faults: 1 })
  })

  it('drift names an unknown vendor id and leaves the earlier report as it was', async ({ task }) => {
    const place = scratch()
    const run = await runScript('drift', ['--vendor', 'acme', '--out', place.earlier])
    expect(run.code).toBe(2)
    expectClearFailure(run, '"acme"')
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it('drift names the vendor and the variable of a page address that is not a URL, fetching nothing', async ({ task }) => {
    const run = await runScript('drift', ['--live', '--vendor', vendor], { [pageUrlVariable(vendor)]: 'not a url' })
    expect(run.code).toBe(2)
    expectClearFailure(run)
    // The drift report (stdout) carries the page error; the address itself is never echoed raw.
    for (const name of [vendor, pageUrlVariable(vendor), 'bad-url']) expect(run.stdout + run.stderr).toContain(name)
    recordReliability(task.meta, { faults: 1 })
  })

  it('drift names an --out path under a file and writes nothing anywhere', async ({ task }) => {
    const place = scratch()
    const out = place.blocked('drift.json')
    expectClearFailure(await runScript('drift', ['--vendor', vendor, '--out', out]), out)
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it('drift names an --out path that is a folder and leaves no temporary file beside it', async ({ task }) => {
    const place = scratch()
    expectClearFailure(await runScript('drift', ['--vendor', vendor, '--format', 'json', '--out', place.asDir]), place.asDir)
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it('report names an --out-dir that cannot be created, without a stack trace, and writes nothing', async ({ task }) => {
    const place = scratch()
    const outDir = place.blocked('reports')
    const run = await runScript('report', ['--out-dir', outDir, '--verify', place.earlier])
    expect(run.code).toBe(2)
    expectClearFailure(run, outDir)
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it('report names a verify result that is not JSON and still writes a report that says so', async ({ task }) => {
    const place = scratch()
    const garbage = join(place.dir, 'verify.json')
    writeFileSync(garbage, '{"vendors": [')
    const outDir = join(place.dir, 'out')
    const run = await runScript('report', ['--verify', garbage, '--out-dir', outDir])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(garbage)
    expect(readdirSync(outDir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(readFileSync(join(outDir, 'summary.md'), 'utf8').length).toBeGreaterThan(0)
    recordReliability(task.meta, { faults: 1 })
  })

  it('bench names a bad --load value before measuring anything', async ({ task }) => {
    expectClearFailure(await runScript('bench', ['--load', 'sideways', '--quick']), '--load', 'sideways')
    recordReliability(task.meta, { faults: 1 })
  })

  it('bench names an --out path under a file, after measuring, and writes nothing anywhere', async ({ task }) => {
    const place = scratch()
    expectClearFailure(
      await runScript('bench', ['--only', 'docs', '--quick', '--load', 'none', '--out', place.blocked('bench.json')]),
      join(place.dir, 'blocker'),
    )
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it('reliability names a results file that is not vitest JSON and leaves README.md alone', async ({ task }) => {
    const place = scratch()
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
    const run = await runScript('reliability', ['--results', place.earlier])
    expect(run.code).toBe(2)
    expectClearFailure(run, place.earlier)
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toBe(readme)
    recordReliability(task.meta, { faults: 1 })
  })

  it('broker names an unknown step', async ({ task }) => {
    const run = await runScript('broker', ['publsh'])
    expect(run.code).toBe(2)
    expectClearFailure(run, '"publsh"')
    recordReliability(task.meta, { faults: 1 })
  })

  it('drift-issues names a drift report that is not JSON before calling GitHub', async ({ task }) => {
    const place = scratch()
    const garbage = join(place.dir, 'drift.json')
    writeFileSync(garbage, '<html>')
    const run = await runScript('drift-issues', ['--report', garbage], { GITHUB_TOKEN: 'canary-github-token', GITHUB_REPOSITORY: 'example/none' })
    expect(run.code).toBe(2)
    expectClearFailure(run, garbage)
    recordReliability(task.meta, { faults: 1 })
  })

  it.skipIf(!scriptExists('verify'))('verify names an unknown vendor id', async ({ task }) => {
    expectClearFailure(await runScript('verify', ['--vendor', 'acme']), '"acme"')
    recordReliability(task.meta, { faults: 1 })
  })

  it.skipIf(!scriptExists('verify'))('verify names a --target that is not a URL', async ({ task }) => {
    expectClearFailure(await runScript('verify', ['--target', `${vendor}=not a url`]), vendor)
    recordReliability(task.meta, { faults: 1 })
  })

  it.skipIf(!scriptExists('verify'))('verify names an --out path under a file and writes nothing anywhere', async ({ task }) => {
    const place = scratch()
    const run = await runScript('verify', ['--vendor', vendor, '--format', 'json', '--quiet', '--out', place.blocked('verify.json')], {}, 120_000)
    // It names the folder that cannot hold the file (through the temporary file it tried there).
    expectClearFailure(run, join(place.dir, 'blocker'))
    expectUntouched(place)
    recordReliability(task.meta, { faults: 1 })
  })

  it.skipIf(!scriptExists('sandbox'))('sandbox names an unknown vendor id and listens on nothing', async ({ task }) => {
    const run = await runScript('sandbox', ['--vendor', 'acme'])
    expectClearFailure(run, '"acme"')
    expect(run.stdout).not.toContain('listening')
    recordReliability(task.meta, { faults: 1 })
  })
})
