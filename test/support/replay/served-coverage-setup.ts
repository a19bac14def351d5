import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { checkServedCoverage, formatCoverage } from './served-coverage.ts'
import { SERVED_DIR_ENV } from './served-record.ts'

/**
 * Vitest global setup: gives every worker a fresh folder to record served interactions in
 * (through the environment, which workers inherit), and after the run fails it (exit code 1)
 * naming every interaction in contracts/ that no unit test was served. Runs that leave out a test
 * file that replays, or filter tests by name, are not checked.
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
