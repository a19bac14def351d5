import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatedFiles } from '../../scripts/lib/generate/generated-files.ts'
import { versionProblem } from '../../scripts/lib/release/version-check.ts'
import { TEST_VENDORS_ENV } from '../support/tested-vendors.ts'
import { output, scratchCopy, type ScratchCopy } from './support/scratch-copy.ts'
import { VENDOR_TESTS } from './support/vendor-tests.ts'

/** A made-up vendor's error page the project has never seen: a status table, a code table and one JSON example. */
const PAGE = 'test/fixtures/unseen-page/wombat-errors.html'
const VENDOR = 'wombat'

/** Files the release bump writes (the package's version follows the contracts). */
const RELEASE_FILES = ['package.json', 'package-lock.json', 'contracts-version.json', 'CHANGELOG.md']

/** The shared tests for the new vendor alone, and the ones that check what a new vendor must never do. */
const TESTS = [
  ...VENDOR_TESTS,
  'test/api-reference/api-reference-files.test.ts',
  'test/drift/hostile-pages.test.ts',
  'test/drift/witness-independence.test.ts',
  'test/verify/sandbox-witness.test.ts',
  'test/consumers/malformed-bodies.test.ts',
  'test/hardening/token-answers.test.ts',
  `test/behaviour/${VENDOR}-documented-errors.test.ts`,
]

let scratch: ScratchCopy

beforeAll(() => {
  scratch = scratchCopy('new-vendor-page-')
}, 60_000)

afterAll(() => scratch?.remove())

describe('npm run new-vendor on a page the project has never seen, in a copy of the project', () => {
  it('writes the vendor, runs npm run generate and its contract generation, and lists what is left by hand', () => {
    const made = scratch.run(scratch.bin('tsx'), ['scripts/new-vendor.ts', '--id', VENDOR, '--page', PAGE, '--name', 'Wombat Ledger'])
    expect(made.status, output(made)).toBe(0)
    expect(made.stdout).toMatch(/left by hand:[\s\S]*npm run release -- --bump minor/)
    const catalog = JSON.parse(readFileSync(join(scratch.root, `providers/${VENDOR}/catalog.json`), 'utf8')) as { errors: Array<{ draft?: string }> }
    expect(catalog.errors.length).toBeGreaterThanOrEqual(10)
    expect(catalog.errors.filter((entry) => entry.draft === undefined)).toEqual([])
  }, 120_000)

  it('contracts every draft as a Pact pending interaction marked draft', () => {
    const pact = JSON.parse(readFileSync(join(scratch.root, `contracts/${VENDOR}-integration-${VENDOR}.json`), 'utf8')) as {
      interactions: Array<{ pending?: boolean; comments?: { draft?: string } }>
    }
    expect(pact.interactions.filter((interaction) => interaction.pending !== true || typeof interaction.comments?.draft !== 'string')).toEqual([])
  })

  it('needs the release bump the version check asks for, and gets it', () => {
    expect(versionProblem(scratch.root)).toMatch(/release/)
    const bumped = scratch.run(scratch.bin('tsx'), ['scripts/release.ts', '--bump', 'minor'])
    expect(bumped.status, output(bumped)).toBe(0)
    expect(versionProblem(scratch.root)).toBeUndefined()
  }, 60_000)

  it('touches nothing outside the new vendor’s paths, the generated files and the release files', async () => {
    const generated = new Set((await generatedFiles(scratch.root)).map((file) => file.file))
    const allowed = (path: string) =>
      path.startsWith(`providers/${VENDOR}/`) ||
      path.startsWith(`consumers/${VENDOR}/`) ||
      path === `providers/doc-snapshots/${VENDOR}.txt` ||
      path === `test/contract/${VENDOR}.pact.test.ts` ||
      path === `test/behaviour/${VENDOR}-documented-errors.test.ts` ||
      path === `contracts/${VENDOR}-integration-${VENDOR}.json` ||
      RELEASE_FILES.includes(path) ||
      generated.has(path)
    const paths = scratch.changedPaths()
    expect(paths).toContain(`providers/${VENDOR}/catalog.json`)
    expect(paths.filter((path) => !allowed(path))).toEqual([])
  })

  it('passes npm run check', () => {
    const check = scratch.run('npm', ['run', '-s', 'check'])
    expect(check.status, output(check)).toBe(0)
  }, 180_000)

  it('passes the shared tests run for the new vendor alone, its own behaviour test among them', () => {
    const tests = scratch.run(scratch.bin('vitest'), ['run', ...TESTS], { [TEST_VENDORS_ENV]: VENDOR, CI: 'true' })
    expect(tests.status, output(tests)).toBe(0)
    expect(tests.stdout).not.toMatch(/no test files found/i)
  }, 180_000)
})
