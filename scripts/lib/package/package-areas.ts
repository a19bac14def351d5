import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { staysInside } from './stays-inside.ts'

/** One folder of consumers/ that the package exports as `vendor-error-contracts/<name>`. */
export interface PackageArea {
  /** The subpath: `plansource`, `errors`, `replay`, … */
  name: string
  /** The entry module, relative to consumers/: `<name>/index.ts`. */
  entry: string
  /**
   * The entry's source when it is not a committed file: a re-export of each module of the folder.
   * Undefined when the folder has its own `index.ts` (the replay, whose inner modules stay private).
   */
  generated: string | undefined
}

/**
 * Shared folders exported besides the vendors: the error model, the retry helper, the token sources
 * and client-assertion signer the clients take, and the replay. (Vendors are found, never listed.)
 */
export const SHARED_AREAS = ['errors', 'retry', 'auth', 'replay'] as const

/** Tests and declarations are never re-exported. */
const NOT_MODULES = /\.(?:test|test-d|d)\.ts$/

/**
 * The folders of consumers/ the package exports: every vendor (a folder `<id>/` with an
 * `<id>-client.ts`, its client and envelope parser beside it) and the {@link SHARED_AREAS}, in
 * name order. A folder without its own `index.ts` exports each of its modules that stays inside
 * consumers/ (see {@link staysInside}): a vendor's contract binding and behaviour cases, which reach
 * into test/ and providers/, are left out. Subfolders (Docplanner's booking webhook, our server
 * side) are not exported.
 *
 * @example
 * packageAreas('consumers').map((area) => area.name) // ['aplos', 'auth', 'docplanner', 'errors', …]
 */
export function packageAreas(consumersDir: string): PackageArea[] {
  const areas: PackageArea[] = []
  for (const name of readdirSync(consumersDir).sort()) {
    const dir = join(consumersDir, name)
    if (!statSync(dir).isDirectory()) continue
    const isVendor = existsSync(join(dir, `${name}-client.ts`))
    if (!isVendor && !(SHARED_AREAS as readonly string[]).includes(name)) continue
    areas.push({ name, entry: `${name}/index.ts`, generated: existsSync(join(dir, 'index.ts')) ? undefined : reExports(dir, consumersDir) })
  }
  const missing = SHARED_AREAS.filter((shared) => !areas.some((area) => area.name === shared)).sort()
  if (missing.length > 0) throw new Error(`package: missing ${missing.map((name) => `consumers/${name}/`).join(', ')}: the package exports each (SHARED_AREAS)`)
  return areas
}

function reExports(dir: string, consumersDir: string): string {
  const modules = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !NOT_MODULES.test(name) && staysInside(join(dir, name), consumersDir))
    .sort()
  return modules.map((name) => `export * from './${name}'\n`).join('')
}
