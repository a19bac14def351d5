import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { matchesPattern } from './file-pattern.ts'
import type { ReliabilityArea } from './reliability-areas.ts'
import { readVitestResults, type VitestResults } from './vitest-results.ts'

/**
 * The test files (project-relative) that belong to any area, as they exist now.
 *
 * @example
 * reliabilityTestFiles(RELIABILITY_AREAS, PROJECT_ROOT) // ['test/catalog/load-catalog.test.ts', …]
 */
export function reliabilityTestFiles(areas: readonly ReliabilityArea[], root: string): string[] {
  const files: string[] = []
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) visit(path)
      else files.push(relative(root, path).split('\\').join('/'))
    }
  }
  visit(join(root, 'test'))
  return files.filter((file) => areas.some((area) => area.files.some((pattern) => matchesPattern(file, pattern)))).sort()
}

/**
 * Runs vitest with the JSON reporter over the given files and returns its results (vitest's exit
 * status too: non-zero when a test failed). Output streams to `log` as it comes.
 *
 * @example
 * const { results, status } = runReliabilityTests(files, PROJECT_ROOT)
 */
export function runReliabilityTests(files: readonly string[], root: string): { results: VitestResults; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'reliability-'))
  const outputFile = join(dir, 'results.json')
  try {
    const vitest = join(root, 'node_modules', '.bin', 'vitest')
    const run = spawnSync(vitest, ['run', ...files, '--reporter=dot', '--reporter=json', `--outputFile.json=${outputFile}`], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    })
    if (run.error) throw run.error
    return { results: readVitestResults(outputFile), status: run.status }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
