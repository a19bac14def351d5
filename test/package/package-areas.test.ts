import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { packageAreas } from '../../scripts/lib/package/package-areas.ts'

const scratch = mkdtempSync(join(tmpdir(), 'package-areas-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A consumers/ folder (inside a scratch project) with the files given, each empty or with the source given. */
function consumersWith(files: ReadonlyArray<string | [string, string]>): string {
  const dir = join(mkdtempSync(join(scratch, 'project-')), 'consumers')
  for (const entry of files) {
    const [file, source] = typeof entry === 'string' ? [entry, 'export {}\n'] : entry
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), source)
  }
  return dir
}

const SHARED = ['auth/token-source.ts', 'errors/vendor-error.ts', 'replay/index.ts', 'replay/replay.ts', 'retry/with-retry.ts']

describe('the package exports (packageAreas)', () => {
  it('include a new vendor found by its client, with no list to edit', () => {
    const dir = consumersWith([...SHARED, 'acme/acme-client.ts', 'acme/acme-envelope.ts', 'http/vendor-http.ts', 'notes/readme.ts'])
    expect(packageAreas(dir).map((area) => area.name)).toEqual(['acme', 'auth', 'errors', 'replay', 'retry'])
  })

  it('re-export the modules of a vendor folder that stay inside consumers/, never those reaching into test/, and keep a committed index as it is', () => {
    const dir = consumersWith([
      ...SHARED,
      ['acme/acme-client.ts', "import { parseAcmeError } from './acme-envelope.ts'\nimport type { TokenSource } from '../auth/token-source.ts'\n"],
      'acme/acme-envelope.ts',
      ['acme/contract-binding.ts', "import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'\n"],
      ['acme/behaviour-cases.ts', "import { acmeBinding } from './contract-binding.ts'\n"],
      'acme/acme-client.test.ts',
      'acme/webhook/handler.ts',
    ])
    const areas = new Map(packageAreas(dir).map((area) => [area.name, area.generated]))
    expect(areas.get('acme')).toBe("export * from './acme-client.ts'\nexport * from './acme-envelope.ts'\n")
    expect(areas.get('replay')).toBeUndefined()
  })

  it('fail naming each shared folder that is missing', () => {
    expect(() => packageAreas(consumersWith(['acme/acme-client.ts', 'errors/vendor-error.ts']))).toThrow(
      /missing consumers\/auth\/, consumers\/replay\/, consumers\/retry\//,
    )
  })
})
