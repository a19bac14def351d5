import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { matchesPattern } from '../../scripts/lib/reliability/file-pattern.ts'
import { GENERATED_NOTICE, RELIABILITY_MARKERS, reliabilitySection, replaceReliabilitySection } from '../../scripts/lib/reliability/readme-section.ts'
import { RELIABILITY_AREAS, type ReliabilityArea } from '../../scripts/lib/reliability/reliability-areas.ts'
import { renderReliabilityTable } from '../../scripts/lib/reliability/render-reliability-table.ts'
import { propertyRunSettings, summarizeReliability } from '../../scripts/lib/reliability/summarize-reliability.ts'
import type { VitestResults } from '../../scripts/lib/reliability/vitest-results.ts'

const AREAS: ReliabilityArea[] = [
  { title: 'Properties', files: ['test/hardening/*.property.test.ts'], outcome: 'typed' },
  { title: 'Hostile files', files: ['test/hardening/hostile-*.test.ts'], outcome: 'named', testIsFault: true },
  { title: 'Secrets', files: ['test/security/**/*.test.ts'], outcome: 'none' },
  { title: 'Faults', files: ['test/verify/**/*fault*.test.ts'], outcome: 'unavailable', testIsFault: true },
]

const test = (status: string, meta?: Record<string, unknown>) => ({ title: 't', fullName: 't', status, meta })
const RESULTS: VitestResults = {
  testResults: [
    {
      name: join(PROJECT_ROOT, 'test/hardening/parsers.property.test.ts'),
      assertionResults: [
        test('passed', { reliability: { inputs: 200 }, fastCheck: { seed: 7, numRuns: 200 } }),
        test('passed', { reliability: { inputs: 100 }, fastCheck: { seed: 7, numRuns: 100 } }),
      ],
    },
    {
      name: join(PROJECT_ROOT, 'test/hardening/hostile-pact-files.test.ts'),
      assertionResults: [test('passed', { reliability: { faults: 2 } }), test('passed'), test('failed')],
    },
    {
      name: join(PROJECT_ROOT, 'test/security/secrets.test.ts'),
      assertionResults: [test('passed', { reliability: { scanned: 10, secretsFound: 0 } }), test('skipped')],
    },
    { name: join(PROJECT_ROOT, 'test/other/unrelated.test.ts'), assertionResults: [test('passed', { reliability: { inputs: 99_999 } })] },
  ],
}

describe('the reliability table', () => {
  it('counts inputs, faults and secrets per area from the tests’ meta, one fault per test where none is recorded', () => {
    const rows = summarizeReliability(RESULTS, AREAS, PROJECT_ROOT)
    expect(
      rows.map(({ title, tests, passed, failed, skipped, inputs, faults, secretsFound, scanned }) => ({
        title,
        tests,
        passed,
        failed,
        skipped,
        inputs,
        faults,
        secretsFound,
        scanned,
      })),
    ).toEqual([
      { title: 'Properties', tests: 2, passed: 2, failed: 0, skipped: 0, inputs: 300, faults: 0, secretsFound: 0, scanned: 0 },
      { title: 'Hostile files', tests: 3, passed: 2, failed: 1, skipped: 0, inputs: 0, faults: 3, secretsFound: 0, scanned: 0 },
      { title: 'Secrets', tests: 2, passed: 1, failed: 0, skipped: 1, inputs: 0, faults: 0, secretsFound: 0, scanned: 10 },
      { title: 'Faults', tests: 0, passed: 0, failed: 0, skipped: 0, inputs: 0, faults: 0, secretsFound: 0, scanned: 0 },
    ])
    expect(propertyRunSettings(RESULTS)).toEqual({ seed: '7', runs: '200' })
  })

  it('shows failures, areas not landed yet and the secrets total, with no time or date in it', () => {
    const table = renderReliabilityTable(summarizeReliability(RESULTS, AREAS, PROJECT_ROOT), { seed: '7', runs: '200' })
    expect(table).toContain('| Hostile files | 2 / 3 (**1 failed**) |')
    expect(table).toContain('| Faults | not landed |')
    expect(table).toContain('| **Total** | 5 / 7 | 300 | 3 | | **0** |')
    expect(table).toContain('`FC_SEED=7`')
    expect(table).not.toMatch(/\d{4}-\d{2}-\d{2}|\d+ ?ms\b/)
  })

  it('matches * within a folder and **/ across folders', () => {
    expect(matchesPattern('test/verify/faults/slow.fault.test.ts', 'test/verify/**/*fault*.test.ts')).toBe(true)
    expect(matchesPattern('test/verify/slow-fault.test.ts', 'test/verify/**/*fault*.test.ts')).toBe(true)
    expect(matchesPattern('test/hardening/x/y.property.test.ts', 'test/hardening/*.property.test.ts')).toBe(false)
    expect(matchesPattern('test/hardening/a.property.test.tsx', 'test/hardening/*.property.test.ts')).toBe(false)
  })
})

describe('the README section', () => {
  const readme = `# Title\n\nintro\n\n${RELIABILITY_MARKERS.start}\nold table\n${RELIABILITY_MARKERS.end}\n\n## After\n`

  it('is rewritten between the markers only', () => {
    const next = replaceReliabilitySection(readme, '| new | table |')
    expect(next.startsWith(`# Title\n\nintro\n\n${RELIABILITY_MARKERS.start}\n${GENERATED_NOTICE}`)).toBe(true)
    expect(next.endsWith(`| new | table |\n\n${RELIABILITY_MARKERS.end}\n\n## After\n`)).toBe(true)
    expect(replaceReliabilitySection(next, '| new | table |')).toBe(next)
  })

  it('refuses a README without exactly one pair of markers, naming them', () => {
    expect(() => replaceReliabilitySection('# no markers', 'x')).toThrow(RELIABILITY_MARKERS.start)
    expect(() => replaceReliabilitySection(readme + readme, 'x')).toThrow(/found 2 and 2/)
  })

  it('in README.md is marked generated, lists every area and reports 0 secrets found', () => {
    const section = reliabilitySection(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'))
    expect(section.trim().startsWith(GENERATED_NOTICE)).toBe(true)
    for (const area of RELIABILITY_AREAS) expect(section).toContain(`| ${area.title} |`)
    expect(section).toMatch(/^\| \*\*Total\*\* \|.*\| \*\*0\*\* \|$/m)
  })
})
