import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/** What a script printed and how it ended. */
export interface ScriptRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')

/**
 * Whether `scripts/<name>.ts` exists yet (commands land one by one; tests of a missing one are skipped, visibly).
 *
 * @example
 * it.skipIf(!scriptExists('verify'))('names the bad vendor', ...)
 */
export function scriptExists(name: string): boolean {
  return existsSync(join(PROJECT_ROOT, 'scripts', `${name}.ts`))
}

/**
 * Runs `tsx scripts/<name>.ts ...args` from the project root as a child process, with `env` added
 * to (or, as undefined, removed from) this process's environment; killed after `timeoutMs`.
 *
 * @example
 * const run = await runScript('drift', ['--vendor', 'acme'])
 * run.code // 2
 */
export function runScript(name: string, args: readonly string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ScriptRun> {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env }
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key]
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join('scripts', `${name}.ts`), ...args], {
      cwd: PROJECT_ROOT,
      env: merged as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}
