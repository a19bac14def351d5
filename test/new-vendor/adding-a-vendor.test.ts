import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { GENERATE_COMMAND } from '../../providers/vendor-conventions.ts'
import { generatedFiles } from '../../scripts/lib/generate/generated-files.ts'
import { LOADERS } from '../../scripts/lib/generate/loader-source.ts'
import { SERVED_REPORT_DIR_ENV } from '../support/replay/served-coverage-setup.ts'
import { SERVED_DIR_ENV } from '../support/replay/served-record.ts'
import { TEST_VENDORS_ENV } from '../support/tested-vendors.ts'

/** A minimal sixth vendor: its folders, its snapshot and its own tests, as a contributor would add them. */
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'new-vendor')
const VENDOR = 'pebble'

/** The shared tests that loop over discovered vendors, run for the new vendor alone: contract, replay, verification, drift. */
const VENDOR_TESTS = [
  'test/vendors/conventions.test.ts',
  'test/generate/generated-files.test.ts',
  'test/discrimination/contracts-tell-errors-apart.test.ts',
  'test/replay/scenario-names.test.ts',
  'test/behaviour/client-errors.test.ts',
  'test/behaviour/token-refresh.test.ts',
  'test/behaviour/retry-transient-errors.test.ts',
  'test/api-reference/catalog-conforms.test.ts',
  'test/api-reference/sandbox-accepts-reference.test.ts',
  'test/verify/reference-sandboxes.test.ts',
  'test/drift/edited-pages.test.ts',
  'test/drift/reformatted-pages.test.ts',
  'test/drift/html-pages.test.ts',
]

let scratch = ''

/** What this run's environment must not pass on: where this run records served interactions and writes pacts, and its vendor filter. */
const OWN_SETTINGS = [SERVED_DIR_ENV, SERVED_REPORT_DIR_ENV, 'PACT_OUT_DIR', TEST_VENDORS_ENV]

/** Runs a command in the scratch copy; the output is kept for the failure message. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OWN_SETTINGS.includes(name)))
  return spawnSync(command, args, { cwd: scratch, encoding: 'utf8', env: { ...inherited, ...env }, timeout: 180_000 })
}

const bin = (name: string) => join(scratch, 'node_modules', '.bin', name)

function output(result: SpawnSyncReturns<string>): string {
  return `exit ${result.status ?? result.signal}\n${result.stdout}\n${result.stderr}`.slice(-6000)
}

/** The files of the project as they stand (tracked, and new but not ignored), copied without node_modules, reports or .git. */
function copyProject(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file === 'node_modules' || file.startsWith('test/fixtures/new-vendor/')) continue
    try {
      cpSync(join(PROJECT_ROOT, file), join(to, file))
    } catch {
      // Listed but deleted in the working tree: not part of the project as it stands.
    }
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'new-vendor-'))
  copyProject(scratch)
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(scratch, 'node_modules'))
  // A clean baseline, so `git status` shows exactly what adding the vendor changed.
  mkdirSync(join(scratch, '.git', 'info'), { recursive: true })
  expect(run('git', ['init', '-q']).status).toBe(0)
  writeFileSync(join(scratch, '.git', 'info', 'exclude'), 'node_modules\n')
  const identity = ['-c', 'user.name=scratch', '-c', 'user.email=scratch@example.invalid', '-c', 'commit.gpgsign=false']
  expect(run('git', ['add', '-A']).status).toBe(0)
  expect(run('git', [...identity, 'commit', '-q', '-m', 'baseline']).status).toBe(0)
  // The contributor's part: the vendor's folders, its snapshot and its own tests, nothing else.
  for (const entry of readdirSync(FIXTURE, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const from = join(entry.parentPath, entry.name)
      const to = join(scratch, from.slice(FIXTURE.length + 1))
      mkdirSync(dirname(to), { recursive: true })
      cpSync(from, to)
    }
}, 60_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('adding a vendor to a copy of the project', () => {
  it(`is found by \`${GENERATE_COMMAND}\`, and its contracts are generated from its catalog`, () => {
    const generate = run(bin('tsx'), ['scripts/generate.ts'])
    expect(generate.status, output(generate)).toBe(0)
    const contracts = run(bin('tsx'), ['scripts/contracts.ts', '--quiet', '--vendor', VENDOR])
    expect(contracts.status, output(contracts)).toBe(0)
  }, 180_000)

  it('changes no path outside the vendor’s folders, its snapshot, its tests and the generated files', async () => {
    const generated = new Set((await generatedFiles(scratch)).map((file) => file.file))
    const allowed = (path: string) =>
      path.startsWith(`providers/${VENDOR}/`) ||
      path.startsWith(`consumers/${VENDOR}/`) ||
      path === `providers/doc-snapshots/${VENDOR}.txt` ||
      (path.startsWith('test/') && path.split('/').at(-1)!.startsWith(VENDOR)) ||
      new RegExp(`^contracts/[a-z0-9-]+-${VENDOR}\\.json$`).test(path) ||
      generated.has(path)
    const status = run('git', ['status', '--porcelain', '--untracked-files=all'])
    const paths = status.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
    expect(paths, output(status)).toContain(`contracts/hr-sync-${VENDOR}.json`)
    expect(
      paths.filter((path) => !allowed(path)),
      'adding a vendor needed a hand edit outside its own folders (or a generated file is missing from scripts/lib/generate/)',
    ).toEqual([])
  })

  it('type-checks against the generated registry: its id is a VendorId, its scenario names are ScenarioNames', () => {
    // Its own files and the generated loaders that import them; the rest of the project is checked by npm run check.
    const files = [
      ...readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')),
      ...LOADERS.map((loader) => loader.file),
    ]
    const config = join(scratch, 'tsconfig.new-vendor.json')
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', compilerOptions: { incremental: false, tsBuildInfoFile: null }, include: [], files }))
    const check = run(bin('tsc'), ['-p', config, '--noEmit'])
    expect(check.status, output(check)).toBe(0)
  }, 120_000)

  it('passes the shared contract, replay, verification and drift tests, run for the new vendor alone', () => {
    const tests = run(bin('vitest'), ['run', ...VENDOR_TESTS], { [TEST_VENDORS_ENV]: VENDOR, CI: 'true' })
    expect(tests.status, output(tests)).toBe(0)
  }, 180_000)
})
