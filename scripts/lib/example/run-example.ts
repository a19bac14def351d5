import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve, sep } from 'node:path'
import { exampleEnvironment } from './example-environment.ts'

/** What {@link runExample} needs: the repository, the example folder in it, and where to say what it does. */
export interface ExampleOptions {
  root: string
  /** Relative to `root`; default `examples/consumer-app`. */
  example?: string | undefined
  /** Keep the temporary folder (to look into a failure); default: removed. */
  keep?: boolean | undefined
  log: (line: string) => void
}

/**
 * Packs the package (`npm pack`, which builds it), copies the example to a temporary folder
 * outside the repository, installs the tarball there with the example's own dev dependencies from
 * the registry, checks that what was installed is the tarball and not a link to the sources, then
 * runs the example's type check and tests. Returns the exit code of the first step that failed, or 0.
 *
 * @example
 * process.exitCode = runExample({ root: PROJECT_ROOT, log: console.log })
 */
export function runExample(options: ExampleOptions): number {
  const root = resolve(options.root)
  const { log } = options
  const work = mkdtempSync(join(tmpdir(), 'vendor-error-contracts-example-'))
  if (!relative(root, work).startsWith('..')) throw new Error(`example: the temporary folder ${work} is inside ${root}`)
  const app = join(work, basename(options.example ?? 'examples/consumer-app'))
  const env = exampleEnvironment(process.env, root)
  try {
    log(`example: packing ${root} into ${work}`)
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], root, env, 'pipe')
    if (pack.status !== 0) return failed('npm pack', pack, log)
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; name: string; version: string }>
    const tarball = join(work, packed!.filename)
    cpSync(join(root, options.example ?? 'examples/consumer-app'), app, {
      recursive: true,
      filter: (source) => !/(?:^|[\\/])(?:node_modules|dist)$/.test(source),
    })
    log(`example: installing ${packed!.filename} into ${app}`)
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app, env)
    if (install.status !== 0) return failed('npm install', install, log)
    const installed = installedProblem(join(app, 'node_modules', packed!.name), root, packed!.version)
    if (installed !== undefined) {
      log(`example: ${installed}`)
      return 1
    }
    for (const script of ['typecheck', 'test']) {
      log(`example: npm run ${script}`)
      const step = run('npm', ['run', script], app, env)
      if (step.status !== 0) return failed(`npm run ${script}`, step, log)
    }
    log(`example: passed against ${packed!.filename}, installed in ${app}`)
    return 0
  } finally {
    if (options.keep) log(`example: kept ${work}`)
    else rmSync(work, { recursive: true, force: true })
  }
}

function run(program: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, output: 'pipe' | 'inherit' = 'inherit'): SpawnSyncReturns<string> {
  return spawnSync(program, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', output, 'inherit'] })
}

function failed(step: string, result: SpawnSyncReturns<string>, log: (line: string) => void): number {
  log(`example: ${step} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`)
  return result.status || 1
}

/** Why the installed package is not a copy of the tarball, or undefined when it is. */
function installedProblem(dir: string, root: string, version: string): string | undefined {
  if (lstatSync(dir).isSymbolicLink()) return `${dir} is a link, not the installed tarball`
  if (realpathSync(dir).startsWith(root + sep)) return `${dir} resolves into ${root}`
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  if (manifest.version !== version) return `${dir} has version ${manifest.version}, the tarball ${version}`
  for (const source of ['consumers', 'test', 'providers', 'scripts'])
    if (lstatExists(join(dir, source))) return `${dir} contains ${source}/: the tarball ships sources it should not`
  return undefined
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}
