import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/** How a child run ended. */
export interface ChildRun {
  ok: boolean
  /** Wall time of the whole child process, in ms. */
  ms: number
  output: string
}

/**
 * Runs a project binary (`vitest`, `tsx`) from `node_modules/.bin` in the project root, with
 * extra environment variables and an optional command prefix (CPU pinning), and times it.
 *
 * @example
 * runProjectBin('vitest', ['run', 'test/contract/'], { env: { PACT_OUT_DIR: dir } }).ok
 */
export function runProjectBin(
  bin: string,
  args: readonly string[],
  options: { env?: Record<string, string>; prefix?: readonly string[]; timeoutMs?: number } = {},
): ChildRun {
  const command = [...(options.prefix ?? []), join(PROJECT_ROOT, 'node_modules', '.bin', bin), ...args]
  const started = performance.now()
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  const ms = performance.now() - started
  return { ok: run.status === 0, ms, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}` }
}

/**
 * The last lines of a child's output, for an error message.
 *
 * @example
 * tail(run.output, 20)
 */
export function tail(output: string, lines = 30): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n')
}
