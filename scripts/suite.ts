/**
 * `npm run suite`: the main job. Checks the contracts are fresh, verifies them against every
 * vendor's target, compares every vendor's error page with the catalog, and writes the reports
 * (reports/verify.json, reports/drift.json, reports/report.html, reports/summary.md, JUnit XML).
 * Exit 0 when every step passed, else 1; the summary names each failed step and why.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { suiteSteps } from './lib/suite/suite-steps.ts'

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'reports-dir': { type: 'string', default: 'reports' } } })
const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')
const results: Array<{ name: string; code: number; why?: string | undefined }> = []
for (const step of suiteSteps(values['reports-dir'], values.quiet ? ['--quiet'] : [])) {
  console.log(`suite: ${step.name}`)
  const run = spawnSync(tsx, [step.script, ...step.args], { cwd: PROJECT_ROOT, stdio: 'inherit' })
  const code = run.status ?? 1
  results.push({ name: step.name, code, why: code === 0 ? undefined : (step.meaning[code] ?? `exit ${code}`) })
}
console.log('suite: summary')
for (const result of results) console.log(`  ${result.code === 0 ? 'ok  ' : 'FAIL'} ${result.name}${result.why ? `: ${result.why}` : ''}`)
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0
