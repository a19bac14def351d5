import type { BenchCases } from '../../scripts/lib/bench/bench-cases.ts'

/** USTA's page is an error-code table, one row a line, so the doc-extraction benchmark grows it row by row. */
export const benchCases: BenchCases = {
  syntheticRows: {
    after: '9003mail trigger errorError while triggering an email.',
    row: (index) => `${70001 + index}synthetic failure ${index + 1}Synthetic failure number ${index + 1} happened.`,
  },
}
