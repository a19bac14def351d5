import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { checkServedCoverage, formatCoverage } from './served-coverage.ts'
import { SERVED_DIR_ENV } from './served-record.ts'

/** The environment variable that moves the record (`npm run suite -- --reports-dir` sets it). */
export const SERVED_REPORT_DIR_ENV = 'REPLAY_RECORD_DIR'

/**
 * Where a checked run leaves its record of served interactions for `npm run report` (the
 * "replayed" column): a copy of the workers' `served-*.jsonl` files, replaced by each checked run.
 * `reports/` is ignored by git and uploaded by CI.
 */
export const SERVED_REPORT_DIR = join(PROJECT_ROOT, 'reports', 'replay-served')

/**
 * Vitest global setup: gives every worker a fresh folder to record served interactions in
 * (through the environment, which workers inherit), and after the run fails it (exit code 1)
 * naming every interaction in contracts/ that no unit test was served. Runs that leave out a test
 * file that replays, or filter tests by name, are not checked. A checked run's record is kept in
 * {@link SERVED_REPORT_DIR} for the report.
 *
 * @example
 * // vitest.config.ts
 * test: { globalSetup: ['test/support/replay/served-coverage-setup.ts'] }
 */
export default function servedCoverageSetup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'replay-served-'))
  process.env[SERVED_DIR_ENV] = dir
  return () => {
    try {
      const ranFiles = project.vitest.state.getFiles().map((file) => file.filepath)
      // A run filtered by test name (-t) leaves tests out on purpose: nothing to conclude.
      if (ranFiles.length === 0 || project.vitest.config.testNamePattern !== undefined) return
      const result = checkServedCoverage({ servedDir: dir, ranFiles })
      if (result.kind !== 'partial-run') {
        const recordDir = process.env[SERVED_REPORT_DIR_ENV] ?? SERVED_REPORT_DIR
        rmSync(recordDir, { recursive: true, force: true })
        cpSync(dir, recordDir, { recursive: true })
      }
      if (result.kind === 'unserved') {
        console.error(`\n${formatCoverage(result)}\n`)
        process.exitCode = 1
      } else if (result.kind === 'complete' || (result.ranServingFiles > 0 && ranFiles.length > 1)) {
        console.info(formatCoverage(result))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
