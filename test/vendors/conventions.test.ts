import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { conventionFile, conventionProblem, VENDOR_CONVENTIONS, type ConventionName, type VendorConvention } from '../../providers/vendor-conventions.ts'
import { loadConvention } from '../../scripts/lib/load-convention.ts'
import { testedVendors } from '../support/tested-vendors.ts'

const conventions = Object.entries(VENDOR_CONVENTIONS) as Array<[ConventionName, VendorConvention]>

describe.each(testedVendors())('the %s vendor, found from its folders', (vendor) => {
  it.each(conventions.filter(([, convention]) => convention.required))('has its %s file', (name) => {
    expect(existsSync(join(PROJECT_ROOT, conventionFile(name, vendor))), conventionProblem(name, vendor, 'is missing')).toBe(true)
  })

  it.each(conventions.filter(([, convention]) => convention.exportName !== undefined))(
    'exports the %s by its fixed name, where the file exists',
    async (name) => {
      const module = (await loadConvention(name, [vendor])).get(vendor)
      if (module === undefined) return // A missing required file fails above; an optional one is not demanded.
      const exportName = (VENDOR_CONVENTIONS[name] as VendorConvention).exportName!
      expect(exportName in module, conventionProblem(name, vendor, `does not export ${exportName}`)).toBe(true)
    },
  )
})
