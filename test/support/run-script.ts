import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { compiledEntry } from '../../scripts/lib/compile/compiled-entry.ts'

/** What a script printed and how it ended. */
export interface ScriptRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

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
 * The command line that runs `scripts/<name>.ts` as `npm run <name>` does, but compiled to plain
 * JavaScript first (see `compiledEntry`): the same code, without the tsx loader's half second of
 * start-up in every process a test starts.
 *
 * @example
 * const [program, args] = await scriptCommand('sandbox')
 * spawn(program, [...args, '--vendor', 'usta'])
 */
export async function scriptCommand(name: string): Promise<[string, string[]]> {
  return [process.execPath, [await compiledEntry(join('scripts', `${name}.ts`))]]
}

function environment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env }
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key]
  return merged as NodeJS.ProcessEnv
}

/**
 * Runs `scripts/<name>.ts ...args` from the project root as a child process, with `env` added
 * to (or, as undefined, removed from) this process's environment; killed after `timeoutMs`.
 *
 * @example
 * const run = await runScript('drift', ['--vendor', 'acme'])
 * run.code // 2
 */
export async function runScript(name: string, args: readonly string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ScriptRun> {
  const [program, prefix] = await scriptCommand(name)
  return runProcess(program, [...prefix, ...args], env, timeoutMs)
}

/**
 * Runs any program from the project root as {@link runScript} runs a script: `env` added to (or,
 * as undefined, removed from) this process's environment, output collected, killed after `timeoutMs`.
 *
 * @example
 * const run = await runProcess(join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest'), ['run', 'test/contract/'], { PACT_OUT_DIR: dir })
 */
export function runProcess(program: string, args: readonly string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args], { cwd: PROJECT_ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] })
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

/**
 * {@link runScript} for tests that run a script synchronously: `command` comes from
 * {@link scriptCommand}, awaited once in a `beforeAll`.
 *
 * @example
 * const run = runScriptSync(await scriptCommand('drift'), ['--vendor', 'acme'], { cwd: scratch })
 */
export function runScriptSync(
  command: [string, string[]],
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): ScriptRun {
  const run = spawnSync(command[0], [...command[1], ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: environment(options.env ?? {}),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
  })
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr }
}
