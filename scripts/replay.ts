/**
 * `npm run replay`: runs the unit tests that replay the contracts through MSW (every test file
 * that imports `replay()`), recording which test was served which interaction in
 * `<reports-dir>/replay-served` for the report's "replayed" column. Exit 1 when a test failed or
 * an interaction in contracts/ is served by no unit test, as in `npm test`.
 */
import { spawnSync } from 'node:child_process'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { SERVED_REPORT_DIR_ENV } from '../test/support/replay/served-coverage-setup.ts'
import { servingTestFiles } from '../test/support/replay/served-coverage.ts'

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'reports-dir': { type: 'string', default: 'reports' } } })
const files = servingTestFiles().map((file) => relative(PROJECT_ROOT, file))
const record = join(resolve(values['reports-dir']), 'replay-served')
const run = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest'), ['run', ...files], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, [SERVED_REPORT_DIR_ENV]: record },
  stdio: values.quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  encoding: 'utf8',
})
if (values.quiet && run.status !== 0) process.stdout.write(run.stdout ?? '')
process.exitCode = run.status ?? 1
