import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { runProcess } from '../support/run-script.ts'

/** The shared folders the package exports besides one folder per vendor. */
const SHARED = ['auth', 'errors', 'replay', 'retry']
/** Vendors we hold contracts for (a pact file's provider) whose client lives in consumers/<vendor>/. */
const VENDORS = [
  ...new Set(
    readdirSync(join(PROJECT_ROOT, 'contracts'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'contracts', name), 'utf8')) as { provider: { name: string } }).provider.name),
  ),
].filter((vendor) => readdirSync(join(PROJECT_ROOT, 'consumers')).includes(vendor))

let files: string[] = []

// One real `npm pack --dry-run`: prepack builds dist/ afresh, and npm applies package.json's `files`.
beforeAll(async () => {
  const run = await runProcess('npm', ['pack', '--dry-run', '--json', '--no-update-notifier'], { npm_config_update_notifier: 'false' }, 120_000)
  if (run.code !== 0) throw new Error(`npm pack --dry-run failed (${run.code}):\n${run.stderr}`)
  const [tarball] = JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>
  files = tarball!.files.map((file) => file.path).sort()
}, 120_000)

describe('the package tarball', () => {
  it('ships no test code, sandbox, script or example', () => {
    expect(VENDORS.length).toBeGreaterThan(0)
    const notShipped = files.filter(
      (file) => /^(?:test|providers|scripts|examples|consumers|node_modules|reports)\//.test(file) || /\.test(?:-d)?\.[jt]s$/.test(file),
    )
    expect(notShipped).toEqual([])
  })

  it('ships no environment file or key material', () => {
    const named = files.filter((file) => /(?:^|\/)\.env|\.(?:pem|key|p12|pfx|crt)$|(?:^|\/)id_(?:rsa|ed25519)/.test(file))
    const keyBlocks = files.filter((file) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')))
    expect({ named, keyBlocks }).toEqual({ named: [], keyBlocks: [] })
  })

  it('ships the built module and type declarations of every vendor client and of the shared exports', () => {
    const missing = [...VENDORS, ...SHARED].flatMap((area) => [`dist/${area}/index.js`, `dist/${area}/index.d.ts`]).filter((file) => !files.includes(file))
    expect(missing).toEqual([])
  })

  it('ships every pact file of contracts/ and the version record', () => {
    const pacts = readdirSync(join(PROJECT_ROOT, 'contracts')).filter((name) => name.endsWith('.json'))
    const missing = [...pacts.map((name) => `contracts/${name}`), 'contracts-version.json', 'CHANGELOG.md', 'package.json'].filter(
      (file) => !files.includes(file),
    )
    expect(missing).toEqual([])
  })

  it('replays the pact files shipped beside dist/ from the built module', async () => {
    const built = (await import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'replay', 'index.js')).href)) as typeof import('../../consumers/replay/index.ts')
    expect(built.CONTRACTS_DIR).toBe(join(PROJECT_ROOT, 'contracts'))
    expect([...built.loadContracts().keys()]).toEqual(expect.arrayContaining(VENDORS))
  })
})
