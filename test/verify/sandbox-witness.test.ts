import { describe, expect, it } from 'vitest'
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
