import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { CONTRACTS_DIR, loadContracts } from '../../../consumers/replay/load-contracts.ts'
import { readServed } from './served-record.ts'

/** What the coverage check found. */
export type CoverageResult =
  | { kind: 'complete'; total: number }
  | { kind: 'unserved'; total: number; unserved: Array<{ vendor: string; id: string; key: string }> }
  | { kind: 'partial-run'; missingFiles: string[]; ranServingFiles: number }

/** Test files that replay through the typed front door (consumers/replay/replay.ts or its index) are the ones that can serve contracts. */
const SERVING_IMPORT = /consumers\/replay\/(?:replay|index)\.ts['"]/

/** The replay's own tests (test/replay/) serve synthetic contracts or record nothing, so they never count. */
const LIBRARY_TESTS = join(PROJECT_ROOT, 'test', 'replay')

/**
 * The test files under `test/` that import `replay()` (the replay's own tests in test/replay/ aside):
 * a run must include all of them before "never served" can be told apart from "not run".
 *
 * @example
 * servingTestFiles() // ['/…/test/behaviour/plansource/expired-token.test.ts', …]
 */
export function servingTestFiles(root: string = join(PROJECT_ROOT, 'test')): string[] {
  const found: string[] = []
  for (const name of readdirSync(root)) {
    const path = join(root, name)
    if (path === LIBRARY_TESTS) continue
    if (statSync(path).isDirectory()) found.push(...servingTestFiles(path))
    else if (name.endsWith('.test.ts') && SERVING_IMPORT.test(readFileSync(path, 'utf8'))) found.push(path)
  }
  return found.sort()
}

/**
 * Compares the interactions the unit tests were served (recorded by every worker in `servedDir`)
 * with every interaction in contracts/. When some test file that replays did not run, the result
 * says so instead of blaming the interactions it would have served.
 *
 * @example
 * checkServedCoverage({ servedDir, ranFiles }) // { kind: 'unserved', unserved: [{ vendor: 'usta', id: 'not-found', … }] }
 */
export function checkServedCoverage(options: { servedDir: string; ranFiles: readonly string[]; contractsDir?: string }): CoverageResult {
  const ran = new Set(options.ranFiles.map((file) => resolve(file)))
  const serving = servingTestFiles()
  const missingFiles = serving.filter((file) => !ran.has(file)).map((file) => relative(PROJECT_ROOT, file))
  if (missingFiles.length > 0 || serving.length === 0) return { kind: 'partial-run', missingFiles, ranServingFiles: serving.length - missingFiles.length }
  const served = readServed(options.servedDir)
  const all = [...loadContracts(options.contractsDir ?? CONTRACTS_DIR).values()].flatMap((contracts) => contracts.interactions)
  const unserved = all.filter((interaction) => !served.has(interaction.key)).map(({ vendor, id, key }) => ({ vendor, id, key }))
  return unserved.length === 0 ? { kind: 'complete', total: all.length } : { kind: 'unserved', total: all.length, unserved }
}

/**
 * The report of a coverage result, one interaction per line, with the line to add to a test.
 *
 * @example
 * formatCoverage(result) // 'replay coverage: 1 of 99 interactions in contracts/ is served by no unit test:\n  - usta "not-found" …'
 */
export function formatCoverage(result: CoverageResult): string {
  if (result.kind === 'complete') return `replay coverage: every one of the ${result.total} interactions in contracts/ is served by a unit test`
  if (result.kind === 'partial-run')
    return `replay coverage: not checked, ${result.missingFiles.length} test files that replay contracts did not run (${result.missingFiles.slice(0, 3).join(', ')}${result.missingFiles.length > 3 ? ', …' : ''})`
  const lines = result.unserved.map(
    ({ vendor, id, key }) => `  - ${vendor} "${id}" (${key}): add server.use(replay('${vendor}', '${id}')) to a unit test of the behaviour it triggers`,
  )
  const count = result.unserved.length
  return `replay coverage: ${count} of ${result.total} interactions in contracts/ ${count === 1 ? 'is' : 'are'} served by no unit test:\n${lines.join('\n')}`
}
