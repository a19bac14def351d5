import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { REPORT_WRITERS } from '../../scripts/lib/verify/formats/index.ts'
import { exitCodeOf, summarize, type InteractionReport, type VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { writeFileAtomically } from '../../scripts/lib/verify/write-file-atomically.ts'

const interaction = (description: string, outcome: InteractionReport['outcome'], extra: Partial<InteractionReport> = {}): InteractionReport => ({
  consumer: 'club & <co>',
  description,
  providerStates: [],
  request: { method: 'GET', path: '/v1/x' },
  outcome,
  mismatches: [],
  notes: [],
  durationMs: 12,
  pending: false,
  ...extra,
})

const interactions = [
  interaction('entity-not-found: "quoted" <tag> | pipe', 'verified'),
  interaction('access-denied: refused', 'mismatch', { mismatches: [{ field: 'status', expected: 403, actual: 401, detail: 'expected 403 but was 401' }] }),
  interaction('internal: down', 'unavailable', { reason: 'connection refused (3 attempts)' }),
  interaction('bare-envelope: pending', 'mismatch', {
    pending: true,
    mismatches: [{ field: 'body $', expected: '["errorCode"]', actual: '["errors"]', detail: 'missing errorCode' }],
  }),
]
/** Any vendor: the formats do not depend on which. */
const vendor = VENDOR_IDS[0]

const report: VerificationReport = {
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1234,
  exitCode: exitCodeOf([{ interactions }]),
  skippedPacts: [],
  vendors: [
    {
      vendor,
      target: 'http://127.0.0.1:4010',
      targetKind: 'url',
      referenceSandbox: true,
      interactions,
      summary: summarize(interactions),
      durationMs: 1000,
    },
  ],
}

const dir = mkdtempSync(join(tmpdir(), 'verify-formats-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('verification reports', () => {
  it('exits 1 on a mismatch that is not pending', () => {
    expect(report.exitCode).toBe(1)
    expect(exitCodeOf([{ interactions: interactions.filter((entry) => entry.outcome !== 'mismatch' || entry.pending) }])).toBe(2)
    expect(exitCodeOf([{ interactions: [interactions[0]!, interactions[3]!] }])).toBe(0)
    expect(exitCodeOf([{ interactions: [] }])).toBe(2)
  })

  it('writes JSON with the documented fields', () => {
    const json = JSON.parse(REPORT_WRITERS.json(report)) as VerificationReport
    expect(json.vendors[0]).toMatchObject({ vendor, target: 'http://127.0.0.1:4010' })
    expect(Object.keys(json.vendors[0]!.interactions[1]!)).toEqual(
      expect.arrayContaining(['description', 'providerStates', 'request', 'outcome', 'mismatches']),
    )
  })

  it('writes JUnit XML with escaped text, counting a pending interaction as skipped', () => {
    const xml = REPORT_WRITERS.junit(report)
    expect(xml).toContain(`<testsuite name="${vendor}" tests="4" failures="1" errors="1" skipped="1"`)
    expect(xml).toContain('name="entity-not-found: &quot;quoted&quot; &lt;tag&gt; | pipe"')
    expect(xml).toContain(`classname="${vendor}.club &amp; &lt;co&gt;"`)
    expect(xml).toContain('<failure type="mismatch" message="status: expected 403, got 401">')
    expect(xml).toContain('<error type="unavailable" message="connection refused (3 attempts)"/>')
    expect(xml).toContain('<skipped message="pending, mismatch: body $: expected')
    // Every element opened is closed: the document is balanced.
    const opened = (xml.match(/<(testsuites|testsuite|testcase)[\s>]/g) ?? []).length
    const closed = (xml.match(/<\/(testsuites|testsuite|testcase)>|<testcase [^>]*\/>/g) ?? []).length
    expect(opened).toBe(closed)
  })

  it('writes Markdown whose table and lists are not broken by the descriptions', () => {
    const markdown = REPORT_WRITERS.markdown(report)
    expect(markdown).toContain(`| ${vendor} | url http://127.0.0.1:4010 | 1 | 2 | 1 |`)
    expect(markdown).toContain('- **mismatch** access-denied: refused')
    expect(markdown).toContain('  - status: expected 403, got 401')
    expect(markdown).toContain('- **mismatch** (pending) bare-envelope: pending')
  })

  it('shows a per-vendor summary line and every interaction that is not verified in text', () => {
    const text = REPORT_WRITERS.text(report)
    expect(text).toMatch(new RegExp(`^${vendor}\\s+4 interactions: 1 verified, 2 mismatch, 1 unavailable \\(1 of them pending\\)`))
    expect(text).toContain('connection refused (3 attempts)')
    expect(text).not.toContain('entity-not-found')
    expect(text).toMatch(/exit 1\)\n$/)
  })

  it('replaces a report whole and leaves no temporary file', () => {
    const path = join(dir, 'verify.json')
    writeFileSync(path, 'old')
    writeFileAtomically(path, 'new report')
    expect(readFileSync(path, 'utf8')).toBe('new report')
    expect(readdirSync(dir)).toEqual(['verify.json'])
  })

  it('names the file and keeps nothing half-written when the report cannot be written', () => {
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, 'a file')
    expect(() => writeFileAtomically(join(blocker, 'verify.json'), 'x')).toThrow(`cannot write ${join(blocker, 'verify.json')}`)
    expect(existsSync(join(blocker, 'verify.json'))).toBe(false)
  })
})
