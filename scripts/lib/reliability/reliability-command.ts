import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { RELIABILITY_AREAS } from './reliability-areas.ts'
import { GENERATED_NOTICE, replaceReliabilitySection } from './readme-section.ts'
import { renderReliabilityTable } from './render-reliability-table.ts'
import { reliabilityTestFiles, runReliabilityTests } from './run-reliability-tests.ts'
import { propertyRunSettings, summarizeReliability, type ReliabilityRow } from './summarize-reliability.ts'
import { readVitestResults, type VitestResults } from './vitest-results.ts'

/** Usage of `npm run reliability`. */
export const RELIABILITY_USAGE = `usage: npm run reliability -- [--results <vitest.json>] [--check | --print]
  (default)            run the hardening, fault, hostile-input and secrets tests, print the table, rewrite README.md's reliability section
  --results <file>     read vitest --reporter=json results instead of running the tests
  --save-results <f>   keep the vitest JSON results of the run there (for --results later, or CI artifacts)
  --check              do not write; exit 1 when README.md's section differs from the table
  --print              print the table only
env: FC_SEED (default 20261121, or "random"), FC_RUNS (default 200) for the property tests
exit: 0 written and all passed with 0 secrets found; 1 a test failed, a secret was found or --check differs; 2 bad arguments`

/**
 * Runs `npm run reliability` with the given arguments; returns the exit code.
 *
 * @example
 * process.exitCode = runReliabilityCommand(process.argv.slice(2), PROJECT_ROOT)
 */
export function runReliabilityCommand(argv: readonly string[], root: string, log: (line: string) => void = console.log): number {
  let values: { results?: string | undefined; 'save-results'?: string | undefined; check: boolean; print: boolean }
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        results: { type: 'string' },
        'save-results': { type: 'string' },
        check: { type: 'boolean', default: false },
        print: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    log(`reliability: ${(error as Error).message}\n${RELIABILITY_USAGE}`)
    return 2
  }
  let results: VitestResults
  let testsFailed = false
  if (values.results !== undefined) {
    results = readVitestResults(values.results)
  } else {
    const run = runReliabilityTests(reliabilityTestFiles(RELIABILITY_AREAS, root), root)
    results = run.results
    testsFailed = run.status !== 0
    if (values['save-results'] !== undefined) writeFileSync(values['save-results'], `${JSON.stringify(results, null, 2)}\n`)
  }
  const rows = summarizeReliability(results, RELIABILITY_AREAS, root)
  const table = renderReliabilityTable(rows, propertyRunSettings(results))
  log(table)
  const problems = problemsOf(rows, testsFailed)
  if (values.print) return problems.length ? 1 : 0
  const readmePath = join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const next = replaceReliabilitySection(readme, table)
  if (values.check) {
    if (next !== readme) problems.push(`README.md's reliability section differs from the table above (${GENERATED_NOTICE.replace(/<!-- | -->/g, '')})`)
  } else if (next !== readme) {
    const temporary = `${readmePath}.${process.pid}.tmp`
    writeFileSync(temporary, next)
    renameSync(temporary, readmePath)
    log('reliability: README.md reliability section rewritten')
  } else {
    log('reliability: README.md reliability section already up to date')
  }
  for (const problem of problems) log(`reliability: ${problem}`)
  return problems.length ? 1 : 0
}

function problemsOf(rows: readonly ReliabilityRow[], testsFailed: boolean): string[] {
  const problems: string[] = []
  const failed = rows.reduce((sum, row) => sum + row.failed, 0)
  const secrets = rows.reduce((sum, row) => sum + row.secretsFound, 0)
  if (failed > 0 || testsFailed) problems.push(`${failed} test(s) failed`)
  if (secrets > 0) problems.push(`${secrets} secret(s) found; must be 0`)
  return problems
}
