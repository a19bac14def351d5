import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CatalogEntry, CatalogFile } from '../../providers/catalog/catalog-schema.ts'
import { loadAllCatalogs, loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { parseVendorId } from '../../providers/vendor-ids.ts'
import type { AssumptionLedger } from '../../scripts/lib/assumptions/ledger.ts'
import { catalogDescription } from '../../scripts/lib/report/catalog-description.ts'
import { parseReportArgs } from '../../scripts/lib/report/report-options.ts'
import { REPORT_FILES, writeReport } from '../../scripts/lib/report/write-report.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { verifyCommand } from '../../scripts/lib/verify/verify-command.ts'
import { runScript } from '../support/run-script.ts'
import { startFaultProxy } from '../verify/support/fault-proxy.ts'
import { contractOf, contractsFolder, testEnv, verify } from '../verify/support/verify-run.ts'
import { scratchProject } from './support/scratch-project.ts'
import { startContentTypeProxy } from './support/content-type-proxy.ts'

const fields = (entry: CatalogEntry) => entry.assumed.map((assumption) => assumption.field)
const isBody = (field: string) => /^body($|\.|\[)/.test(field)
/** Entries assuming both a content type and something about the body: where the content-type-explains-body rule matters. */
const both = (catalog: CatalogFile) => catalog.errors.filter((entry) => fields(entry).includes('contentType') && fields(entry).some(isBody)).length

/** The vendor this test verifies, found in the data: the one with the most entries assuming both a content type and a body. */
const catalog = [...loadAllCatalogs()].sort((a, b) => both(b) - both(a))[0]!
const vendor = parseVendorId(catalog.vendor)
const key = (entry: string, field: string) => `${entry} ${field}`
/** The entries whose interactions the plain reference sandbox verifies: the proxy changes nothing else about them. */
let agreeing: CatalogEntry[]
/** The content-type assumptions of those entries: what the proxy must refute, and nothing else. */
let contentTypeAssumptions: Set<string>

let scratch: string
let verifyFile: string
let ledgerFile: string
let exitCode: number
const closers: Array<() => Promise<unknown>> = []

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'assumptions-content-type-'))
  verifyFile = join(scratch, 'verify.json')
  ledgerFile = join(scratch, 'assumptions.json')
  // First the sandbox as it is: only the interactions it verifies are run through the proxy, so any
  // refutation there comes from the one thing the proxy changes.
  const baseline = await verify({ vendors: [vendor] })
  const verified = new Set(baseline.vendors[0]!.interactions.filter((interaction) => interaction.outcome === 'verified').map((item) => item.description))
  agreeing = catalog.errors.filter((entry) => verified.has(catalogDescription(entry)))
  contentTypeAssumptions = new Set(agreeing.flatMap((entry) => (fields(entry).includes('contentType') ? [key(entry.id, 'contentType')] : [])))
  const pact = contractOf(vendor)
  const folder = contractsFolder([{ pact, keep: (interaction) => verified.has(interaction.description) }])
  closers.push(async () => folder.remove())
  const sandbox = await startReferenceSandbox(vendor)
  closers.push(() => sandbox.close())
  const proxy = await startContentTypeProxy(sandbox.url, 'text/plain')
  closers.push(() => proxy.close())
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: await testEnv() }
  exitCode = await verifyCommand(
    ['--vendor', vendor, '--target', `${vendor}=${proxy.url}`, '--contracts', folder.dir, '--format', 'json', '--out', verifyFile, '--quiet'],
    io,
  )
}, 120_000)
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('verification through a sandbox that answers every content type as text/plain', () => {
  it('is run against entries the sandbox verifies that assume content types and bodies', () => {
    expect(both(catalog)).toBeGreaterThan(0)
    expect(contentTypeAssumptions.size).toBeGreaterThan(0)
    expect(agreeing.flatMap(fields).filter(isBody).length).toBeGreaterThan(0)
  })

  it('reports the proxy as a --target that is a reference sandbox, and mismatches', () => {
    const report = JSON.parse(readFileSync(verifyFile, 'utf8')) as VerificationReport
    expect(exitCode).toBe(1)
    expect(report.vendors.map(({ vendor: id, targetKind, referenceSandbox }) => ({ id, targetKind, referenceSandbox }))).toEqual([
      { id: vendor, targetKind: 'url', referenceSandbox: true },
    ])
  })

  it('refutes exactly the assumptions about the content type, with what the vendor answered, and confirms nothing', () => {
    const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8')) as AssumptionLedger
    const assumptions = ledger.vendors.find((item) => item.vendor === vendor)!.assumptions
    const refuted = assumptions.filter((assumption) => assumption.verdict === 'refuted')
    expect(new Set(refuted.map((assumption) => key(assumption.entry, assumption.field)))).toEqual(contentTypeAssumptions)
    expect(new Set(refuted.map((assumption) => assumption.actual))).toEqual(new Set(['text/plain']))
    expect(assumptions.filter((assumption) => isBody(assumption.field) && assumption.verdict !== 'untested')).toEqual([])
    // Every interaction was answered (a mismatch), so nothing went untested for want of an answer.
    const report = JSON.parse(readFileSync(verifyFile, 'utf8')) as VerificationReport
    expect(new Set(report.vendors[0]!.interactions.map((interaction) => interaction.outcome))).toEqual(new Set(['mismatch']))
    expect(assumptions.filter((assumption) => assumption.verdict === 'confirmed')).toEqual([])
  })

  it('is listed by npm run assumptions', async () => {
    const listed = await runScript('assumptions', ['--verify', ledgerFile, '--vendor', vendor])
    expect(listed.code, listed.stderr).toBe(0)
    const refutedLines = listed.stdout.split('\n').filter((line) => line.startsWith('  refuted '))
    expect(refutedLines).toHaveLength(contentTypeAssumptions.size)
    for (const line of refutedLines) expect(line).toMatch(/ contentType {2}answered: text\/plain$/)
  })

  it('is written by --record into a copy of the catalog, on the content-type assumptions only', async () => {
    const root = scratchProject('assumptions-content-type-root-')
    try {
      const recorded = await runScript('assumptions', ['--root', root, '--record', ledgerFile, '--vendor', vendor])
      expect(recorded.code, recorded.stderr).toBe(0)
      const withVerdict = loadCatalog(vendor, root).errors.flatMap((entry) =>
        entry.assumed
          .filter((assumption) => assumption.verdict?.verdict === 'refuted')
          .map((assumption) => ({ key: key(entry.id, assumption.field), ...assumption.verdict })),
      )
      expect(new Set(withVerdict.map((item) => item.key))).toEqual(contentTypeAssumptions)
      for (const item of withVerdict)
        expect(item).toMatchObject({ verdict: 'refuted', actual: 'text/plain', target: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('is shown by the report: each refuted assumption in its entry’s documented detail, and the count in the summary', () => {
    const outDir = join(scratch, 'out')
    const { model } = writeReport({ ...parseReportArgs(['--verify', verifyFile, '--out-dir', outDir]), env: {} })
    expect(model.inputs.find((input) => input.name === 'assumptions')?.state).toBe('loaded')
    const html = readFileSync(join(outDir, REPORT_FILES.html), 'utf8')
    const section = html.slice(html.indexOf(`<section class="vendor" id="vendor-${vendor}"`))
    const refuted = [...section.matchAll(/data-assumption="([^"]+)" data-verdict="refuted"/g)].map((match) => match[1])
    expect(refuted).toHaveLength(contentTypeAssumptions.size)
    expect(new Set(refuted)).toEqual(new Set(['contentType']))
    const summary = readFileSync(join(outDir, REPORT_FILES.summary), 'utf8')
    const total = catalog.errors.reduce((sum, entry) => sum + entry.assumed.length, 0)
    expect(model.vendors.find((item) => item.vendor === vendor)?.assumptionVerdicts?.refuted).toBe(contentTypeAssumptions.size)
    expect(summary).toMatch(new RegExp(`^\\| ${vendor} \\|.*\\| \\*\\*${contentTypeAssumptions.size}\\*\\* of ${total} \\|$`, 'm'))
  })
})

describe('a --target that does not answer as the reference sandbox', () => {
  it('is reported as not a reference sandbox', async () => {
    const sandbox = await startReferenceSandbox(vendor)
    const proxy = await startFaultProxy(sandbox.url, ({ path }) => (path.startsWith('/__reference-sandbox') ? { kind: 'answer', status: 404 } : undefined))
    const folder = contractsFolder([{ pact: contractOf(vendor), keep: (interaction) => interaction === contractOf(vendor).interactions[0] }])
    try {
      const report = await verify({ vendors: [vendor], contractsDir: folder.dir, targets: new Map([[vendor, proxy.url]]) })
      expect(report.vendors.map(({ targetKind, referenceSandbox }) => ({ targetKind, referenceSandbox }))).toEqual([
        { targetKind: 'url', referenceSandbox: false },
      ])
    } finally {
      folder.remove()
      await proxy.close()
      await sandbox.close()
    }
  }, 90_000)
})
