import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/** Where compiled entries live: inside the project, so their package imports resolve from its node_modules. */
export const COMPILED_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'vendor-error-contracts', 'compiled')

/** Compiled files older than this, of the same entry, are from earlier sources and are removed. */
const STALE_MS = 60 * 60 * 1000

const built = new Map<string, Promise<string>>()

/**
 * The path of a plain-JavaScript build of a TypeScript entry file and every project module it
 * imports, for starting a child process with plain `node` instead of the tsx loader, which costs
 * each process about half a second of CPU. Packages stay imports (resolved from node_modules), and
 * every module keeps its own `import.meta.url`, so paths relative to a source file still hold.
 * Built once per process and entry; the file is named by its content, so concurrent builders agree.
 *
 * @example
 * fork(await compiledEntry('providers/verification/verify-worker.ts'), [], { execArgv: [] })
 */
export function compiledEntry(entry: string): Promise<string> {
  const source = join(PROJECT_ROOT, entry)
  let path = built.get(source)
  if (!path) {
    path = compile(source)
    built.set(source, path)
    path.catch(() => built.delete(source))
  }
  return path
}

async function compile(source: string): Promise<string> {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [ownModuleUrl],
  })
  const code = result.outputFiles[0]!.contents
  const name = `${basename(source).replace(/\.ts$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`
  const path = join(COMPILED_DIR, name)
  mkdirSync(COMPILED_DIR, { recursive: true })
  try {
    statSync(path)
  } catch {
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, code)
    renameSync(temporary, path)
  }
  removeStale(name)
  return path
}

/** Keeps `import.meta.url` of each bundled module pointing at its own source file. */
const ownModuleUrl: Plugin = {
  name: 'own-module-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }))
  },
}

function removeStale(current: string): void {
  const entry = current.replace(/-[0-9a-f]{16}\.mjs$/, '')
  for (const name of readdirSync(COMPILED_DIR)) {
    if (name === current || name.replace(/-[0-9a-f]{16}\.mjs$/, '') !== entry) continue
    try {
      if (Date.now() - statSync(join(COMPILED_DIR, name)).mtimeMs > STALE_MS) unlinkSync(join(COMPILED_DIR, name))
    } catch {
      // Another process removed it first.
    }
  }
}
