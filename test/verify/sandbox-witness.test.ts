import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { reach, VENDOR_ID_FILES } from '../support/reached-files.ts'
import { testedVendors } from '../support/tested-vendors.ts'

describe('the reference sandboxes as a witness', () => {
  it.each(testedVendors())('the %s sandbox reaches no catalog, contract, consumer, verification or test code', (vendor) => {
    const { files, packages } = reach(`providers/${vendor}/sandbox/index.ts`)
    expect(files.length).toBeGreaterThan(3)
    expect(
      files.filter((file) => !file.startsWith(`providers/${vendor}/sandbox/`) && !file.startsWith('providers/sandbox-kit/') && !VENDOR_ID_FILES.includes(file)),
    ).toEqual([])
    expect(packages.filter((name) => !name.startsWith('node:') && name !== 'zod')).toEqual([])
  })

  it('follows imports (the sandbox kit reaches its own files only)', () => {
    const { files } = reach('providers/sandbox-kit/start-sandbox-server.ts')
    expect(files).toContain('providers/sandbox-kit/drift.ts')
    expect(files.every((file) => file.startsWith('providers/sandbox-kit/'))).toBe(true)
  })
})

describe('the token kits as witnesses', () => {
  const kitFiles = (dir: string) =>
    readdirSync(join(PROJECT_ROOT, dir))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `${dir}/${name}`)

  it.each(kitFiles('providers/sandbox-kit/oauth'))('the sandbox-side kit file %s reaches the sandbox kit only, and no package but Node’s', (file) => {
    const { files, packages } = reach(file)
    expect(files.filter((reached) => !reached.startsWith('providers/sandbox-kit/'))).toEqual([])
    expect(packages.filter((name) => !name.startsWith('node:'))).toEqual([])
  })

  it.each(kitFiles('consumers/auth'))('the client-side kit file %s reaches nothing under providers/', (file) => {
    expect(reach(file).files.filter((reached) => !reached.startsWith('consumers/'))).toEqual([])
  })
})
