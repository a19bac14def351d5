import type { ReliabilityRow } from './summarize-reliability.ts'

/** How the property tests were run, printed under the table so the figures can be reproduced. */
export interface PropertyRunSettings {
  seed: string
  runs: string
}

const number = (value: number) => value.toLocaleString('en-US')
const countOrDash = (value: number) => (value === 0 ? '—' : number(value))

/**
 * Renders the reliability table as Markdown: per area, the tests, inputs tried, faults injected,
 * outcome, and secrets found (which must be 0). No times or dates, so it only changes when the
 * tests do.
 *
 * @example
 * renderReliabilityTable(rows, { seed: '20261121', runs: '200' })
 */
export function renderReliabilityTable(rows: readonly ReliabilityRow[], settings: PropertyRunSettings): string {
  const lines = ['| Area | Tests passed | Inputs tried | Faults injected | Required outcome | Secrets found |', '| --- | ---: | ---: | ---: | --- | ---: |']
  for (const row of rows) {
    const tests =
      row.tests === 0
        ? 'not landed'
        : `${number(row.passed)} / ${number(row.tests)}${row.failed ? ` (**${row.failed} failed**)` : ''}${row.skipped ? ` (${row.skipped} skipped)` : ''}`
    const secrets = row.scanned === 0 ? '—' : `**${number(row.secretsFound)}** in ${number(row.scanned)} outputs and files`
    lines.push(`| ${row.title} | ${tests} | ${countOrDash(row.inputs)} | ${countOrDash(row.faults)} | ${row.outcome} | ${secrets} |`)
  }
  const total = rows.reduce(
    (sum, row) => ({
      tests: sum.tests + row.tests,
      passed: sum.passed + row.passed,
      inputs: sum.inputs + row.inputs,
      faults: sum.faults + row.faults,
      secrets: sum.secrets + row.secretsFound,
    }),
    {
      tests: 0,
      passed: 0,
      inputs: 0,
      faults: 0,
      secrets: 0,
    },
  )
  lines.push(
    `| **Total** | ${number(total.passed)} / ${number(total.tests)} | ${number(total.inputs)} | ${number(total.faults)} | | **${number(total.secrets)}** |`,
  )
  lines.push('')
  lines.push(
    `Property tests ran with \`FC_SEED=${settings.seed}\` and \`FC_RUNS=${settings.runs}\` per property (the success-status property runs half as many); run longer with \`FC_RUNS=100000 FC_SEED=random npx vitest run test/hardening\`.`,
  )
  return lines.join('\n')
}
