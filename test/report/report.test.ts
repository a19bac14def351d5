import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadAllCatalogs } from '../../providers/catalog/load-catalog.ts'
import { evidenceCounts } from '../../providers/catalog/value-evidence.ts'
import type { CatalogEntry, CatalogFile } from '../../providers/catalog/catalog-schema.ts'
import { assumptionVerdicts } from '../../scripts/lib/assumptions/assumption-verdicts.ts'
import { VerifyRun } from '../../scripts/lib/assumptions/verify-input.ts'
import { catalogDescription } from '../../scripts/lib/report/catalog-description.ts'
import { escapeMarkdown, escapeXml } from '../../scripts/lib/report/escape-markup.ts'
import { parseReportArgs } from '../../scripts/lib/report/report-options.ts'
import { REPORT_FILES, writeReport } from '../../scripts/lib/report/write-report.ts'
import { interactionDescription } from '../contract/support/describe-catalog-contracts.ts'
import { runScriptSync, scriptCommand } from '../support/run-script.ts'
import { DRIFTED_VENDOR, HOSTILE, UNREADABLE_VENDOR, UNREPLAYED_VENDOR, UNVERIFIED_VENDOR, writeFixtureInputs } from './support/report-fixtures.ts'

const scratch = mkdtempSync(join(tmpdir(), 'report-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const catalogs = loadAllCatalogs()

function fixture(name: string) {
  return writeFixtureInputs(join(scratch, name), catalogs)
}

function assumes(entry: CatalogEntry, field: string): boolean {
  return entry.assumed.some((assumption) => assumption.field === field)
}

function outputs(outDir: string): Record<string, string> {
  return Object.fromEntries(Object.values(REPORT_FILES).map((name) => [name, readFileSync(join(outDir, name), 'utf8')]))
}

describe('npm run report', () => {
  it('finds each entry by the same interaction description the contract tests write', () => {
    for (const catalog of catalogs) for (const entry of catalog.errors) expect(catalogDescription(entry)).toBe(interactionDescription(entry))
  })

  it('shows a pending interaction the vendor answered differently as a pending mismatch, skipped in JUnit', () => {
    const { options, facts } = fixture('pending')
    const verify = JSON.parse(readFileSync(options.verifyFile, 'utf8'))
    const vendor = verify.vendors.find((item: { vendor: string }) => item.vendor === facts.mismatched.vendor)
    const entry = catalogs.find((catalog) => catalog.vendor === facts.mismatched.vendor)!.errors.find((item) => item.id === facts.mismatched.id)!
    vendor.interactions.find((item: { description: string }) => item.description === interactionDescription(entry)).pending = true
    writeFileSync(options.verifyFile, JSON.stringify(verify))
    const { model } = writeReport(options)
    const row = model.vendors.find((item) => item.vendor === facts.mismatched.vendor)!.rows.find((item) => item.id === facts.mismatched.id)!
    expect(row.cells.verified.status).toBe('pending-mismatch')
    const junit = readFileSync(join(options.outDir, REPORT_FILES.verifyJunit), 'utf8')
    expect(junit).toContain('<skipped message="pending interaction answered differently (2 mismatches); fails no build"')
  })

  it('has a row for every documented error of every catalog, in catalog order', () => {
    const { options } = fixture('rows')
    const { model } = writeReport(options)
    expect(model.vendors.map((vendor) => vendor.vendor)).toEqual(catalogs.map((catalog) => catalog.vendor))
    for (const [index, catalog] of catalogs.entries()) expect(model.vendors[index]!.rows.map((row) => row.id)).toEqual(catalog.errors.map((entry) => entry.id))
  })

  it('counts, per vendor, the contracted values the error page, the API reference and an assumption back, in HTML and Markdown', () => {
    const { options } = fixture('evidence')
    const { model } = writeReport(options)
    const html = readFileSync(join(options.outDir, REPORT_FILES.html), 'utf8')
    const markdown = readFileSync(join(options.outDir, REPORT_FILES.summary), 'utf8')
    for (const [index, catalog] of catalogs.entries()) {
      const counts = evidenceCounts(catalog.errors)
      const values = catalog.errors.reduce((sum, entry) => sum + 2 + Object.keys(entry.headers).length + entry.stable.length + entry.varies.length, 0)
      expect(counts['error-page'] + counts['api-reference'] + counts.assumption).toBe(values)
      expect(model.vendors[index]!.evidence).toEqual(counts)
      expect(html).toContain(`<p class="evidence" data-vendor="${catalog.vendor}">`)
      expect(markdown).toMatch(new RegExp(`\\| ${catalog.vendor} \\|.*\\| ${counts['error-page']} / ${counts['api-reference']} / ${counts.assumption} \\|`))
    }
    expect(catalogs.some((catalog) => evidenceCounts(catalog.errors).assumption > 0)).toBe(true)
  })

  it('shows every result of the inputs in its cell: mismatch, unavailable, changed, error, not served and not run', () => {
    const { options, facts } = fixture('cells')
    const { model, problems } = writeReport(options)
    expect(problems).toEqual([])
    const row = (vendor: string, id: string) => model.vendors.find((item) => item.vendor === vendor)!.rows.find((item) => item.id === id)!
    expect(row(facts.mismatched.vendor, facts.mismatched.id).cells.verified.status).toBe('mismatch')
    expect(row(facts.mismatched.vendor, facts.mismatched.id).cells.verified.result?.mismatches).toHaveLength(2)
    expect(row(facts.unavailable.vendor, facts.unavailable.id).cells.verified.status).toBe('unavailable')
    expect(row(facts.driftChanged.vendor, facts.driftChanged.id).cells.drift.status).toBe('changed')
    const drifted = model.vendors.find((vendor) => vendor.vendor === DRIFTED_VENDOR)!
    expect(drifted.rows.filter((item) => item.cells.drift.status !== 'unchanged').map((item) => item.id)).toEqual([facts.driftChanged.id])
    expect(drifted.extraChanges.map((change) => change.kind)).toEqual(['added'])
    for (const { vendor, id } of facts.unserved) expect(row(vendor, id).cells.replayed.status).toBe('not-served')
    const statuses = (vendor: string, column: 'verified' | 'drift' | 'replayed') =>
      new Set(model.vendors.find((item) => item.vendor === vendor)!.rows.map((item) => item.cells[column].status))
    expect(statuses(UNVERIFIED_VENDOR, 'verified')).toEqual(new Set(['not-run']))
    expect(statuses(UNREADABLE_VENDOR, 'drift')).toEqual(new Set(['error']))
    expect(statuses(UNREPLAYED_VENDOR, 'replayed')).toEqual(new Set(['not-run']))
    expect(model.otherProviders.map((provider) => provider.provider)).toEqual(['booking-webhook'])
    const every = model.vendors.flatMap((vendor) => vendor.rows)
    expect(every.every((item) => item.cells.contracted.status === 'contracted')).toBe(true)
  })

  it('reads the fields the drift command writes: changes by entry id, added errors apart, page errors as { problem, message }', () => {
    const { options } = fixture('drift-shape')
    // Any two vendors: the first two catalogs.
    const [drifted, unread] = catalogs as [CatalogFile, CatalogFile]
    const [first, second] = drifted.errors
    const drift = {
      vendors: [
        {
          vendor: drifted.vendor,
          source: `providers/doc-snapshots/${drifted.vendor}.txt`,
          outcome: 'drift',
          changes: [
            { kind: 'changed', status: 999, code: 'other', detail: 'code changed', id: first!.id, field: 'code', was: 'a', now: 'b', direction: 'response' },
            { kind: 'added', status: second!.status, code: second!.code ?? second!.message, detail: 'documented twice', direction: 'response' },
          ],
          warnings: [{ kind: 'status-only-in-prose', detail: 'the prose says 503' }],
        },
        {
          vendor: unread.vendor,
          source: `https://${unread.vendor}.example.test/errors`,
          outcome: 'error',
          changes: [],
          warnings: [],
          error: { problem: 'fetch-failed', message: 'timed out' },
        },
      ],
    }
    writeFileSync(options.driftFile, JSON.stringify(drift))
    const { model, problems } = writeReport(options)
    expect(problems).toEqual([])
    const vendor = model.vendors.find((item) => item.vendor === drifted.vendor)!
    expect(vendor.rows.filter((row) => row.cells.drift.status !== 'unchanged').map((row) => row.id)).toEqual([first!.id])
    expect(vendor.extraChanges.map((change) => change.kind)).toEqual(['added'])
    expect(vendor.warnings).toEqual(['status-only-in-prose: the prose says 503'])
    const failed = model.vendors.find((item) => item.vendor === unread.vendor)!
    expect(failed.driftError).toBe('fetch-failed: timed out')
    expect(new Set(failed.rows.map((row) => row.cells.drift.status))).toEqual(new Set(['error']))
  })

  it('shows missing inputs as not run, never as passed, in every file', () => {
    const outDir = join(scratch, 'missing', 'out')
    const options = {
      ...parseReportArgs([
        '--verify',
        join(scratch, 'none.json'),
        '--drift',
        join(scratch, 'none.json'),
        '--replay',
        join(scratch, 'none-dir'),
        '--out-dir',
        outDir,
      ]),
      env: {},
    }
    const { model, problems } = writeReport(options)
    expect(problems).toEqual([])
    for (const row of model.vendors.flatMap((vendor) => vendor.rows)) {
      expect([row.cells.replayed.status, row.cells.verified.status, row.cells.drift.status]).toEqual(['not-run', 'not-run', 'not-run'])
      expect(row.cells.verified.reason).toMatch(/missing/)
    }
    const files = outputs(outDir)
    const cases = (xml: string) => xml.match(/<testcase /g)?.length ?? 0
    expect(cases(files['verify.junit.xml']!)).toBe(files['verify.junit.xml']!.match(/<skipped /g)?.length)
    expect(cases(files['drift.junit.xml']!)).toBe(files['drift.junit.xml']!.match(/<skipped /g)?.length)
    expect(files['report.html']).not.toMatch(/data-column="verified" data-status="verified"/)
    expect(files['summary.md']).toContain('not run: verify, drift, replay')
  })

  it('shows each entry’s assumptions with this run’s verdict in its documented detail, counts refuted ones per vendor in the summary, and says not run without a ledger', () => {
    const { options } = fixture('assumptions')
    // An entry that assumes its content type (found in the data), answered with another one.
    const vendor = catalogs.find((catalog) => catalog.vendor !== UNVERIFIED_VENDOR && catalog.errors.some((entry) => assumes(entry, 'contentType')))!
    const entry = vendor.errors.find((item) => assumes(item, 'contentType'))!
    const verify = JSON.parse(readFileSync(options.verifyFile, 'utf8'))
    const interactions = verify.vendors.find((item: { vendor: string }) => item.vendor === vendor.vendor).interactions as Array<Record<string, unknown>>
    Object.assign(
      interactions.find((item) => item.description === catalogDescription(entry))!,
      {
        outcome: 'mismatch',
        mismatches: [
          { field: 'header Content-Type', expected: entry.contentType, actual: 'text/html', detail: 'the content type differs' },
          { field: 'body $', expected: entry.body, actual: '<html>', detail: 'not JSON' },
        ],
      },
    )
    writeFileSync(options.verifyFile, JSON.stringify(verify))
    writeFileSync(options.assumptionsFile, JSON.stringify(assumptionVerdicts(VerifyRun.parse(verify), catalogs)))
    const { model } = writeReport(options)
    const report = model.vendors.find((item) => item.vendor === vendor.vendor)!
    const row = report.rows.find((item) => item.id === entry.id)!
    expect(row.cells.documented.assumed.map((item) => [item.field, item.verdict?.verdict])).toEqual(
      entry.assumed.map((item) => [item.field, item.field === 'contentType' ? 'refuted' : 'untested']),
    )
    const files = outputs(options.outDir)
    const detail = files['report.html']!.slice(files['report.html']!.indexOf(`id="${vendor.vendor}--${entry.id}--documented"`))
    expect(detail.slice(0, detail.indexOf('</section>'))).toMatch(
      /data-assumption="contentType" data-verdict="refuted">[^]*?the vendor answered <code>text\/html<\/code>/,
    )
    const refuted = report.assumptionVerdicts!.refuted
    expect(refuted).toBeGreaterThan(0)
    const total = vendor.errors.reduce((sum, item) => sum + item.assumed.length, 0)
    expect(files['summary.md']).toMatch(new RegExp(`^\\| ${vendor.vendor} \\|.*\\| \\*\\*${refuted}\\*\\* of ${total} \\|$`, 'm'))
    expect(files['summary.md']).toMatch(new RegExp(`^\\| ${UNVERIFIED_VENDOR} \\|.*\\| not run \\|$`, 'm'))

    rmSync(options.assumptionsFile)
    const { model: without } = writeReport(options)
    expect(without.inputs.find((input) => input.name === 'assumptions')?.state).toBe('missing')
    const verdicts = without.vendors.flatMap((item) => item.rows.flatMap((one) => one.cells.documented.assumed.map((value) => value.verdict)))
    expect(verdicts.length).toBeGreaterThan(0)
    expect(verdicts.filter((verdict) => verdict !== undefined)).toEqual([])
    const bare = outputs(options.outDir)
    expect(bare['report.html']).toContain('Verdicts not run: ')
    expect(bare['report.html']).not.toContain('data-verdict="refuted"')
    expect(bare['summary.md']).toMatch(new RegExp(`^\\| ${vendor.vendor} \\|.*\\| not run \\|$`, 'm'))
  })

  it('writes the report and fails with the reason when an input is present but not usable', () => {
    const { options } = fixture('invalid')
    writeFileSync(
      options.verifyFile,
      JSON.stringify({
        vendors: [{ vendor: catalogs[0]!.vendor, target: 'x', interactions: [{ description: 'd', request: { method: 'GET', path: '/' }, outcome: 'passed' }] }],
      }),
    )
    const { model, problems } = writeReport(options)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('verify.json field vendors.0.interactions.0.outcome')
    expect(model.inputs.find((input) => input.name === 'verify')?.state).toBe('invalid')
    expect(new Set(model.vendors.flatMap((vendor) => vendor.rows.map((row) => row.cells.verified.status)))).toEqual(new Set(['not-run']))
    expect(outputs(options.outDir)['report.html']).toContain('vendors.0.interactions.0.outcome')
  })

  it('escapes vendor text in HTML, Markdown and XML', () => {
    const { options } = fixture('escape')
    writeReport(options)
    const files = outputs(options.outDir)
    expect(files['report.html']).not.toContain('<script>window.pwned')
    expect(files['report.html']).not.toContain('<img src=x')
    expect(files['report.html']).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;')
    expect(files['report.html']).not.toMatch(/<script/i)
    expect(files['summary.md']).not.toContain('<script>')
    expect(files['summary.md']).not.toMatch(/(^|[^\\])@everyone/)
    expect(files['summary.md']).not.toContain('](javascript')
    for (const name of ['verify.junit.xml', 'drift.junit.xml']) {
      expect(files[name]).not.toContain('<script>')
      expect(files[name]).not.toContain(']]>')
      // eslint-disable-next-line no-control-regex
      expect(files[name]).not.toMatch(/[\u0000-\u0008]/)
    }
    expect(escapeXml(HOSTILE)).not.toMatch(/[<>]/)
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
  })

  it('keeps a canary secret from the environment out of every file, also inside URLs and mismatches', () => {
    const canary = 'canary-5f1d0c2e9a7b'
    const { options } = fixture('canary')
    const verify = JSON.parse(readFileSync(options.verifyFile, 'utf8'))
    verify.vendors[0].target = `https://client:${canary}@sandbox.example.test/api?access_token=${canary}`
    verify.vendors[0].interactions[0].mismatches.push({
      field: 'header Authorization',
      expected: 'Bearer x',
      actual: `Bearer ${canary}`,
      detail: `got Bearer ${canary}`,
    })
    writeFileSync(options.verifyFile, JSON.stringify(verify))
    const drift = JSON.parse(readFileSync(options.driftFile, 'utf8'))
    drift.vendors[0].changes.push({ kind: 'changed', status: null, code: null, detail: `secret ${canary} leaked` })
    writeFileSync(options.driftFile, JSON.stringify(drift))
    writeReport({ ...options, env: { PLANSOURCE_CLIENT_SECRET: canary, PATH: '/usr/bin' } })
    for (const [name, text] of Object.entries(outputs(options.outDir))) {
      expect(text.includes(canary), `${name} contains the canary`).toBe(false)
    }
    expect(outputs(options.outDir)['report.html']).toContain('https://sandbox.example.test/api?access_token=***')
  })

  it('replaces its files whole and leaves no temporary files behind', () => {
    const { options } = fixture('atomic')
    writeReport(options)
    writeReport(options)
    expect(readdirSync(options.outDir).sort()).toEqual(Object.values(REPORT_FILES).sort())
  })

  it('reads the replay record folder the unit tests write, one served interaction per line', () => {
    const { options } = fixture('served')
    const folder = join(scratch, 'served', 'replay-served')
    mkdirSync(folder, { recursive: true })
    // Any two vendors: the first two catalogs; one interaction of the first was served.
    const [served, other] = catalogs as [CatalogFile, CatalogFile]
    const [first] = served.errors
    writeFileSync(
      join(folder, 'served-1-0.jsonl'),
      `${JSON.stringify({ file: `${served.consumer}-${served.vendor}.json`, description: catalogDescription(first!) })}\n`,
    )
    const { model } = writeReport({ ...options, replayFile: folder })
    const rows = model.vendors.find((vendor) => vendor.vendor === served.vendor)!.rows
    expect(rows[0]!.cells.replayed.status).toBe('served')
    expect(new Set(rows.slice(1).map((row) => row.cells.replayed.status))).toEqual(new Set(['not-served']))
    expect(new Set(model.vendors.find((vendor) => vendor.vendor === other.vendor)!.rows.map((row) => row.cells.replayed.status))).toEqual(
      new Set(['not-served']),
    )
  })

  it('takes --verify, --drift, --replay, --contracts and --out-dir relative to the current folder, looks for results in --out-dir, and refuses unknown options', () => {
    const options = parseReportArgs(['--verify', 'a.json', '--drift', 'b.json', '--replay', 'c', '--contracts', 'd', '--out-dir', 'e'], '/tmp/x')
    expect(options).toMatchObject({
      verifyFile: '/tmp/x/a.json',
      driftFile: '/tmp/x/b.json',
      replayFile: '/tmp/x/c',
      contractsDir: '/tmp/x/d',
      outDir: '/tmp/x/e',
    })
    expect(parseReportArgs(['--out-dir', 'e'], '/tmp/x')).toMatchObject({ verifyFile: '/tmp/x/e/verify.json', driftFile: '/tmp/x/e/drift.json', quiet: false })
    expect(parseReportArgs(['--quiet']).quiet).toBe(true)
    expect(() => parseReportArgs(['--format', 'html'])).toThrow()
  })

  it('still writes every file but exits 1 when an input is unusable, and exits 2 on an unknown option', async () => {
    const { options } = fixture('cli')
    const report = await scriptCommand('report')
    const run = (...args: string[]) => runScriptSync(report, args, { cwd: scratch })
    writeFileSync(options.driftFile, '{not json')
    const broken = run('--verify', options.verifyFile, '--drift', options.driftFile, '--replay', options.replayFile, '--out-dir', options.outDir)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('drift.json is not valid JSON')
    expect(readdirSync(options.outDir).sort()).toEqual(Object.values(REPORT_FILES).sort())
    expect(run('--nope').code).toBe(2)
  })
})
