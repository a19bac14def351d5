import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { SERVED_REPORT_DIR_ENV } from '../../support/replay/served-coverage-setup.ts'
import { SERVED_DIR_ENV } from '../../support/replay/served-record.ts'
import { TEST_VENDORS_ENV } from '../../support/tested-vendors.ts'

/** What this run's environment must not pass on: where this run records served interactions and writes pacts, and its vendor filter. */
const OWN_SETTINGS = [SERVED_DIR_ENV, SERVED_REPORT_DIR_ENV, 'PACT_OUT_DIR', TEST_VENDORS_ENV]

/** A copy of the project to add a vendor to, with a baseline commit so `git status` shows exactly what changed. */
export interface ScratchCopy {
  root: string
  /** Runs a command in the copy (killed after 180 s); the output is kept for the failure message. */
  run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): SpawnSyncReturns<string>
  /** A program of the project's node_modules/.bin. */
  bin(name: string): string
  /** The paths `git status` lists as changed or new since the baseline. */
  changedPaths(): string[]
  remove(): void
}

/**
 * Copies the project as it stands (tracked files, and new ones git does not ignore; without
 * node_modules, reports, .git, or the paths `leaveOut` names) to a scratch folder, links its
 * node_modules, and commits it as a baseline.
 *
 * @example
 * const scratch = scratchCopy('new-vendor-', (file) => file.startsWith('test/fixtures/new-vendor/'))
 * scratch.run(scratch.bin('tsx'), ['scripts/generate.ts'])
 */
export function scratchCopy(prefix: string, leaveOut: (file: string) => boolean = () => false): ScratchCopy {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const run = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OWN_SETTINGS.includes(name)))
    return spawnSync(command, [...args], { cwd: root, encoding: 'utf8', env: { ...inherited, ...env }, timeout: 180_000 })
  }
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file === 'node_modules' || leaveOut(file)) continue
    try {
      cpSync(join(PROJECT_ROOT, file), join(root, file))
    } catch {
      // Listed but deleted in the working tree: not part of the project as it stands.
    }
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'))
  mkdirSync(join(root, '.git', 'info'), { recursive: true })
  const identity = ['-c', 'user.name=scratch', '-c', 'user.email=scratch@example.invalid', '-c', 'commit.gpgsign=false']
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    [...identity, 'commit', '-q', '-m', 'baseline'],
  ]) {
    const done = run('git', args)
    if (done.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${root}: ${output(done)}`)
    if (args[0] === 'init') writeFileSync(join(root, '.git', 'info', 'exclude'), 'node_modules\n')
  }
  return {
    root,
    run,
    bin: (name) => join(root, 'node_modules', '.bin', name),
    changedPaths: () =>
      run('git', ['status', '--porcelain', '--untracked-files=all'])
        .stdout.split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

/**
 * A command's exit and the end of its output, for a failure message.
 *
 * @example
 * expect(done.status, output(done)).toBe(0)
 */
export function output(result: SpawnSyncReturns<string>): string {
  return `exit ${result.status ?? result.signal}\n${result.stdout}\n${result.stderr}`.slice(-6000)
}
