import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, resolveConfig } from 'prettier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CatalogFile } from '../../providers/catalog/catalog-schema.ts'
import { catalogPath, loadAllCatalogs, loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { assumptionsCommand } from '../../scripts/lib/assumptions/assumptions-command.ts'
import type { AssumptionLedger } from '../../scripts/lib/assumptions/ledger.ts'
import { catalogDescription } from '../../scripts/lib/report/catalog-description.ts'
import { runScript } from '../support/run-script.ts'
import { captureIo } from './support/capture-io.ts'
import { scratchProject } from './support/scratch-project.ts'

const STARTED_AT = '2026-04-05T06:07:08.000Z'
const REAL_TARGET = 'https://sandbox.vendor.test'
const SANDBOX_TARGET = 'http://127.0.0.1:4010'

let root: string
let catalogs: CatalogFile[]
/** A vendor with contentType assumptions (found in the data): its run answered text/plain everywhere. */
let refutedVendor: CatalogFile
/** Another vendor with assumptions: every interaction verified against a real sandbox. */
let confirmedVendor: CatalogFile
let verifyFile: string

const hasField = (catalog: CatalogFile, field: string) => catalog.errors.some((entry) => entry.assumed.some((assumption) => assumption.field === field))
const assumptionCount = (catalog: CatalogFile) => catalog.errors.reduce((sum, entry) => sum + entry.assumed.length, 0)
const run = async (...argv: string[]) => {
  const io = captureIo(root)
  const code = await assumptionsCommand(['--root', root, ...argv], io)
  return { code, stdout: io.out(), stderr: io.err() }
}

beforeAll(() => {
  root = scratchProject()
  catalogs = loadAllCatalogs(root)
  refutedVendor = catalogs.find((catalog) => hasField(catalog, 'contentType'))!
  confirmedVendor = catalogs.find((catalog) => catalog !== refutedVendor && assumptionCount(catalog) > 0)!
  const interactions = (catalog: CatalogFile, outcome: 'verified' | 'mismatch') =>
    catalog.errors.map((entry) => ({
      description: catalogDescription(entry),
      providerStates: [],
      request: { method: entry.request.method, path: entry.request.path },
      outcome,
      mismatches:
        outcome === 'mismatch'
          ? [
              { field: 'header Content-Type', expected: entry.contentType, actual: 'text/plain', detail: 'the content type differs' },
              { field: 'body $', expected: entry.body, actual: 'not json', detail: 'the body is not JSON' },
            ]
          : [],
    }))
  verifyFile = join(root, 'verify.json')
  writeFileSync(
    verifyFile,
    JSON.stringify({
      startedAt: STARTED_AT,
      vendors: [
        {
          vendor: refutedVendor.vendor,
          target: SANDBOX_TARGET,
          targetKind: 'url',
          referenceSandbox: true,
          interactions: interactions(refutedVendor, 'mismatch'),
        },
        {
          vendor: confirmedVendor.vendor,
          target: REAL_TARGET,
          targetKind: 'real',
          referenceSandbox: false,
          interactions: interactions(confirmedVendor, 'verified'),
        },
        { vendor: 'booking-webhook', target: 'http://127.0.0.1:40999', interactions: [] },
      ],
    }),
  )
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function ledgerOf(...argv: string[]): Promise<AssumptionLedger> {
  const listed = await run('--format', 'json', ...argv)
  expect(listed.code, listed.stderr).toBe(0)
  return JSON.parse(listed.stdout) as AssumptionLedger
}

describe('npm run assumptions', () => {
  it('lists every assumption of every catalog with its verdict, as JSON in the ledger’s shape', async () => {
    const ledger = await ledgerOf('--verify', verifyFile)
    expect(Object.keys(ledger)).toEqual(['vendors'])
    expect(ledger.vendors.map((vendor) => vendor.vendor)).toEqual([...VENDOR_IDS])
    for (const vendor of ledger.vendors) {
      const catalog = catalogs.find((item) => item.vendor === vendor.vendor)!
      expect(vendor.assumptions.map(({ entry, field }) => `${entry} ${field}`)).toEqual(
        catalog.errors.flatMap((entry) => entry.assumed.map((assumption) => `${entry.id} ${assumption.field}`)),
      )
      for (const assumption of vendor.assumptions) expect(Object.keys(assumption)).toEqual(['entry', 'field', 'verdict', 'target', 'checkedAt', 'actual'])
    }
    const of = (vendor: string) => ledger.vendors.find((item) => item.vendor === vendor)!.assumptions
    for (const assumption of of(refutedVendor.vendor)) {
      const expected = assumption.field === 'contentType' ? 'refuted' : 'untested'
      expect(assumption, `${assumption.entry} ${assumption.field}`).toMatchObject({ verdict: expected, target: SANDBOX_TARGET, checkedAt: STARTED_AT })
      expect(assumption.actual).toBe(expected === 'refuted' ? 'text/plain' : null)
    }
    for (const assumption of of(confirmedVendor.vendor))
      expect(assumption.verdict, `${assumption.entry} ${assumption.field}`).toBe(assumption.field === 'kind' ? 'untested' : 'confirmed')
  })

  it('lists only the vendors --vendor names, in text and in Markdown', async () => {
    const text = await run('--verify', verifyFile, '--vendor', refutedVendor.vendor)
    expect(text.code, text.stderr).toBe(0)
    const lines = text.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^${refutedVendor.vendor} +${assumptionCount(refutedVendor)} assumptions: \\d+ refuted, 0 confirmed`))
    expect(lines).toHaveLength(1 + assumptionCount(refutedVendor))
    expect(lines.filter((line) => /^ {2}refuted +\S+ +contentType {2}answered: text\/plain$/.test(line)).length).toBeGreaterThan(0)
    const markdown = await run('--verify', verifyFile, '--vendor', refutedVendor.vendor, '--vendor', confirmedVendor.vendor, '--format', 'markdown')
    expect(markdown.stdout).toContain(`### ${refutedVendor.vendor}\n`)
    expect(markdown.stdout).toContain(`### ${confirmedVendor.vendor}\n`)
    for (const other of VENDOR_IDS.filter((vendor) => vendor !== refutedVendor.vendor && vendor !== confirmedVendor.vendor))
      expect(markdown.stdout).not.toContain(`### ${other}\n`)
    expect(markdown.stdout).toMatch(/\| contentType \| refuted \| text\/plain \|/)
  })

  it('writes the list to --out, atomically, and reads that ledger back to the same list', async () => {
    const out = join(root, 'lists', 'assumptions.json')
    const written = await run('--verify', verifyFile, '--format', 'json', '--out', out)
    expect(written).toMatchObject({ code: 0, stdout: '' })
    expect(readdirSync(join(root, 'lists'))).toEqual(['assumptions.json'])
    expect(await ledgerOf('--verify', out)).toEqual(JSON.parse(readFileSync(out, 'utf8')))
  })

  it('records the confirmed and refuted verdicts, with date and target, into a copy of the catalogs, leaving untested ones and other vendors as they were', async () => {
    const scratch = scratchProject('assumptions-record-')
    try {
      const before = new Map(VENDOR_IDS.map((vendor) => [vendor, readFileSync(join(scratch, catalogPath(vendor)), 'utf8')]))
      const recorded = await assumptionsCommand(['--root', scratch, '--record', verifyFile], captureIo(scratch))
      expect(recorded).toBe(0)
      for (const vendor of VENDOR_IDS) {
        const text = readFileSync(join(scratch, catalogPath(vendor)), 'utf8')
        if (vendor !== refutedVendor.vendor && vendor !== confirmedVendor.vendor) expect(text, vendor).toBe(before.get(vendor))
        // Laid out as Prettier would, with the project's settings.
        const config = (await resolveConfig(join(PROJECT_ROOT, catalogPath(vendor)))) ?? {}
        expect(await check(text, { ...config, filepath: join(PROJECT_ROOT, catalogPath(vendor)) }), vendor).toBe(true)
      }
      const original = (vendor: string) => catalogs.find((catalog) => catalog.vendor === vendor)!
      for (const [vendor, expected] of [
        [
          refutedVendor.vendor,
          (field: string) =>
            field === 'contentType' ? { verdict: 'refuted', target: SANDBOX_TARGET, checkedAt: STARTED_AT, actual: 'text/plain' } : undefined,
        ],
        [confirmedVendor.vendor, (field: string) => (field === 'kind' ? undefined : { verdict: 'confirmed', target: REAL_TARGET, checkedAt: STARTED_AT })],
      ] as const) {
        const after = loadCatalog(vendor, scratch)
        for (const [index, entry] of after.errors.entries())
          for (const [position, assumption] of entry.assumed.entries()) {
            const was = original(vendor).errors[index]!.assumed[position]!
            expect({ field: assumption.field, reason: assumption.reason }).toEqual({ field: was.field, reason: was.reason })
            expect(assumption.verdict, `${vendor} ${entry.id} ${assumption.field}`).toEqual(expected(assumption.field) ?? was.verdict)
          }
        // Nothing but the verdicts changed.
        const strip = (catalog: CatalogFile) => catalog.errors.map((entry) => entry.assumed.map(({ field, reason }) => ({ field, reason })))
        expect(strip(after)).toEqual(strip(original(vendor)))
        expect(after.errors.map(({ assumed: _assumed, ...rest }) => rest)).toEqual(original(vendor).errors.map(({ assumed: _assumed, ...rest }) => rest))
      }
      const again = captureIo(scratch)
      expect(await assumptionsCommand(['--root', scratch, '--record', verifyFile], again)).toBe(0)
      expect(again.out()).toContain(`assumptions: ${refutedVendor.vendor}: nothing new for ${catalogPath(refutedVendor.vendor)}`)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it('records only the vendors --vendor names, from an assumptions.json as from a verify.json', async () => {
    const scratch = scratchProject('assumptions-record-vendor-')
    try {
      const ledgerFile = join(scratch, 'assumptions.json')
      expect(await assumptionsCommand(['--root', scratch, '--verify', verifyFile, '--format', 'json', '--out', ledgerFile], captureIo(scratch))).toBe(0)
      const io = captureIo(scratch)
      expect(await assumptionsCommand(['--root', scratch, '--record', ledgerFile, '--vendor', refutedVendor.vendor], io)).toBe(0)
      expect(io.out()).toMatch(new RegExp(`^assumptions: ${refutedVendor.vendor}: recorded \\d+ verdicts? in ${catalogPath(refutedVendor.vendor)}\\n$`))
      const refuted = loadCatalog(refutedVendor.vendor, scratch).errors.flatMap((entry) =>
        entry.assumed.filter((assumption) => assumption.verdict?.verdict === 'refuted'),
      )
      expect(refuted.length).toBeGreaterThan(0)
      expect(readFileSync(join(scratch, catalogPath(confirmedVendor.vendor)), 'utf8')).toBe(
        readFileSync(join(root, catalogPath(confirmedVendor.vendor)), 'utf8'),
      )
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it.each([
    ['a missing report', () => ['--verify', join(root, 'none.json')], /none\.json is missing/],
    ['a report that is not JSON', () => ['--verify', file('broken.json', '{not json')], /broken\.json is not valid JSON/],
    ['a report of another shape', () => ['--verify', file('shape.json', '{"results":[]}')], /shape\.json field vendors: /],
    [
      'a ledger entry without its verdict',
      () => ['--verify', file('no-verdict.json', JSON.stringify({ vendors: [{ vendor: VENDOR_IDS[0], assumptions: [{ entry: 'x', field: 'status' }] }] }))],
      /no-verdict\.json field vendors\.0\.assumptions\.0\.verdict: .*\(read as an assumption ledger\)/,
    ],
    [
      'a ledger of an unknown vendor',
      () => ['--record', file('acme.json', JSON.stringify({ vendors: [{ vendor: 'acme', assumptions: [] }] }))],
      /acme\.json field vendors\.0\.vendor: unknown vendor "acme"/,
    ],
    ['an unknown --vendor', () => ['--vendor', 'acme'], /--vendor: unknown vendor "acme"/],
    ['an unknown --format', () => ['--format', 'html'], /--format html: expected one of text, json, markdown/],
    ['--record and --verify together', () => ['--record', verifyFile, '--verify', verifyFile], /give one/],
  ])('names the file, field or option of %s and exits 2', async (_what, argv, message) => {
    const result = await run(...argv())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })

  it('refuses to record a verdict without its run’s time, naming the report, and writes nothing', async () => {
    const scratch = scratchProject('assumptions-record-bad-')
    try {
      const entry = refutedVendor.errors.find((item) => item.assumed.some((assumption) => assumption.field === 'contentType'))!
      const ledger = {
        vendors: [
          {
            vendor: refutedVendor.vendor,
            assumptions: [{ entry: entry.id, field: 'contentType', verdict: 'refuted', target: SANDBOX_TARGET, checkedAt: null, actual: 'x' }],
          },
        ],
      }
      const before = readFileSync(join(scratch, catalogPath(refutedVendor.vendor)), 'utf8')
      const io = captureIo(scratch)
      expect(await assumptionsCommand(['--root', scratch, '--record', file('timeless.json', JSON.stringify(ledger))], io)).toBe(2)
      expect(io.err()).toMatch(/timeless\.json .*needs its target and checkedAt/)
      expect(readFileSync(join(scratch, catalogPath(refutedVendor.vendor)), 'utf8')).toBe(before)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it('runs as a script that exits 2 with one line naming a missing report, without a stack trace', async () => {
    const result = await runScript('assumptions', ['--verify', join(root, 'gone.json')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^assumptions: .*gone\.json is missing/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(join(root, 'gone.json'))).toBe(false)
  })
})

function file(name: string, text: string): string {
  const path = join(root, name)
  writeFileSync(path, text)
  return path
}
