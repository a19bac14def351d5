import { describe, expect, it } from 'vitest'
import { exitCodeOf, type DriftReport } from '../../scripts/lib/drift/drift-report.ts'
import { formatReport } from '../../scripts/lib/drift/format-report.ts'

const REPORT: DriftReport = {
  vendors: [
    { vendor: 'tailspin', source: 'providers/doc-snapshots/tailspin.txt', outcome: 'unchanged', changes: [], warnings: [], documented: 14, catalogued: 14 },
    {
      vendor: 'fabrikam',
      source: 'pages/fabrikam.html',
      outcome: 'drift',
      changes: [
        {
          kind: 'changed',
          status: 415,
          code: 'Request header | content-type',
          detail: 'status: the catalog has 415, the page says 416',
          id: 'unsupported-media-type',
          field: 'status',
          was: 415,
          now: '416',
          direction: 'response',
        },
        { kind: 'added', status: 409, code: 'Conflict', detail: 'the page documents status 409', direction: 'response' },
      ],
      warnings: [{ kind: 'two-envelope-shapes', detail: 'two shapes' }],
      documented: 36,
      catalogued: 35,
    },
    {
      vendor: 'contoso',
      source: 'pages/contoso.txt',
      outcome: 'error',
      changes: [],
      warnings: [],
      error: { problem: 'empty', message: 'pages/contoso.txt: vendor "contoso": empty: the page has no text' },
    },
  ],
}

describe('formatReport', () => {
  it('writes JSON that parses back to the report', () => {
    expect(JSON.parse(formatReport(REPORT, 'json'))).toEqual(REPORT)
  })

  it('writes a line per vendor in text, its changes and warnings indented', () => {
    const lines = formatReport(REPORT, 'text').trimEnd().split('\n')
    expect(lines[0]).toMatch(/^drift: tailspin: unchanged/)
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}changed unsupported-media-type 415 .*416/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}added 409 "Conflict"/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}warning two-envelope-shapes/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}error empty:/))
  })

  it('writes a summary table and a section per vendor with something to say in markdown, escaping pipes', () => {
    const markdown = formatReport(REPORT, 'markdown')
    expect(markdown).toContain('| fabrikam | drift | 2 | 1 | pages/fabrikam.html |')
    expect(markdown).toContain('## fabrikam: drift')
    expect(markdown).toContain('Request header \\| content-type')
    expect(markdown).toContain('## contoso: error')
    expect(markdown).not.toContain('## tailspin')
  })
})

describe('exitCodeOf', () => {
  it('is 2 when any page could not be read, 1 on drift, 0 otherwise', () => {
    expect(exitCodeOf(REPORT)).toBe(2)
    expect(exitCodeOf({ vendors: REPORT.vendors.slice(0, 2) })).toBe(1)
    expect(exitCodeOf({ vendors: REPORT.vendors.slice(0, 1) })).toBe(0)
  })
})
