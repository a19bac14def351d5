import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'

/** The environment variable that narrows the vendor loops of the tests to some vendors (comma-separated ids). */
export const TEST_VENDORS_ENV = 'TEST_VENDORS'

/**
 * The vendors the tests loop over: every discovered vendor, or only those `TEST_VENDORS` names
 * (the scratch-copy test of adding a vendor runs the shared tests for the new one alone). An id
 * that is no vendor is an error naming it.
 *
 * @example
 * describe.each(testedVendors())('the %s reference sandbox', (vendor) => { … })
 */
export function testedVendors(env: NodeJS.ProcessEnv = process.env): VendorId[] {
  const named = env[TEST_VENDORS_ENV]?.split(',')
    .map((vendor) => vendor.trim())
    .filter(Boolean)
  if (!named?.length) return [...VENDOR_IDS]
  for (const vendor of named)
    if (!(VENDOR_IDS as readonly string[]).includes(vendor))
      throw new Error(
        `${TEST_VENDORS_ENV} names "${vendor}", which is no vendor (${VENDOR_IDS.join(', ')}); a new vendor's folder is found by \`npm run generate\``,
      )
  return named as VendorId[]
}
