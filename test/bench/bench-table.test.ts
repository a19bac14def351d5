import { describe, expect, it } from 'vitest'
import { renderBenchTable } from '../../scripts/lib/bench/bench-table.ts'

describe('renderBenchTable', () => {
  const table = renderBenchTable([
    {
      section: 'contract generation',
      rows: [
        { case: '10 interactions', metric: 'per interaction', unit: 'ms', figure: { median: 12.34, min: 11, max: 15, runs: 3 } },
        {
          case: '1000 vs 10 interactions',
          metric: 'per-interaction ratio',
          unit: '×',
          figure: { median: 1.7, min: 1.6, max: 1.9, runs: 3 },
          target: '≤ 1.5×',
          ok: false,
        },
      ],
    },
    { section: 'MSW replay', rows: [], pending: 'waiting for scripts/lib/bench/msw-replay.ts' },
  ])

  it('prints one line per figure with its median, min, max and runs', () => {
    expect(table).toMatch(/contract generation\s+10 interactions\s+per interaction\s+12\.3 ms\s+11\.0 ms\s+15\.0 ms\s+3/)
  })

  it('marks a missed target', () => {
    expect(table).toMatch(/1\.70×.*≤ 1\.5×\s+MISSED/)
  })

  it('says why a pending section has no figures', () => {
    expect(table).toMatch(/MSW replay\s+\(pending: waiting for scripts\/lib\/bench\/msw-replay\.ts\)/)
  })
})
