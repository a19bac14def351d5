import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { GENERATE_COMMAND } from '../../providers/vendor-conventions.ts'
import { generatedFiles } from '../../scripts/lib/generate/generated-files.ts'
import { LOADERS } from '../../scripts/lib/generate/loader-source.ts'
import { TEST_VENDORS_ENV } from '../support/tested-vendors.ts'
import { output, scratchCopy, type ScratchCopy } from './support/scratch-copy.ts'
import { VENDOR_TESTS } from './support/vendor-tests.ts'

/** A minimal sixth vendor: its folders, its snapshot and its own tests, as a contributor would add them. */
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'new-vendor')
const VENDOR = 'pebble'

let scratch: ScratchCopy
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => scratch.run(command, args, env)
const bin = (name: string) => scratch.bin(name)

beforeAll(() => {
  scratch = scratchCopy('new-vendor-', (file) => file.startsWith('test/fixtures/new-vendor/'))
  // The contributor's part: the vendor's folders, its snapshot and its own tests, nothing else.
  for (const entry of readdirSync(FIXTURE, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const from = join(entry.parentPath, entry.name)
      const to = join(scratch.root, from.slice(FIXTURE.length + 1))
      mkdirSync(dirname(to), { recursive: true })
      cpSync(from, to)
    }
}, 60_000)

afterAll(() => scratch?.remove())

describe('adding a vendor to a copy of the project', () => {
  it(`is found by \`${GENERATE_COMMAND}\`, and its contracts are generated from its catalog`, () => {
    const generate = run(bin('tsx'), ['scripts/generate.ts'])
    expect(generate.status, output(generate)).toBe(0)
    const contracts = run(bin('tsx'), ['scripts/contracts.ts', '--quiet', '--vendor', VENDOR])
    expect(contracts.status, output(contracts)).toBe(0)
  }, 180_000)

  it('changes no path outside the vendor’s folders, its snapshot, its tests and the generated files', async () => {
    const generated = new Set((await generatedFiles(scratch.root)).map((file) => file.file))
    const allowed = (path: string) =>
      path.startsWith(`providers/${VENDOR}/`) ||
      path.startsWith(`consumers/${VENDOR}/`) ||
      path === `providers/doc-snapshots/${VENDOR}.txt` ||
      (path.startsWith('test/') && path.split('/').at(-1)!.startsWith(VENDOR)) ||
      new RegExp(`^contracts/[a-z0-9-]+-${VENDOR}\\.json$`).test(path) ||
      generated.has(path)
    const paths = scratch.changedPaths()
    expect(paths).toContain(`contracts/hr-sync-${VENDOR}.json`)
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
    const config = join(scratch.root, 'tsconfig.new-vendor.json')
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', compilerOptions: { incremental: false, tsBuildInfoFile: null }, include: [], files }))
    const check = run(bin('tsc'), ['-p', config, '--noEmit'])
    expect(check.status, output(check)).toBe(0)
  }, 120_000)

  it('passes the shared contract, replay, verification and drift tests, run for the new vendor alone', () => {
    const tests = run(bin('vitest'), ['run', ...VENDOR_TESTS], { [TEST_VENDORS_ENV]: VENDOR, CI: 'true' })
    expect(tests.status, output(tests)).toBe(0)
  }, 180_000)
})
