import { VENDOR_IDS, type VendorId } from './vendors.generated.ts'

/**
 * The vendors this suite covers: every folder under `providers/` that holds a `catalog.json`,
 * written into `vendors.generated.ts` by `npm run generate`.
 *
 * @example
 * for (const vendor of VENDOR_IDS) loadCatalog(vendor)
 */
export { VENDOR_IDS, type VendorId }

/**
 * Narrows a string to a vendor id, or throws an error that lists the valid ids.
 *
 * @example
 * const vendor = parseVendorId(argv.vendor) // throws 'unknown vendor "acme" (expected one of: …)'
 */
export function parseVendorId(value: string): VendorId {
  if ((VENDOR_IDS as readonly string[]).includes(value)) return value as VendorId
  throw new Error(`unknown vendor "${value}" (expected one of: ${VENDOR_IDS.join(', ')}; a new vendor's folder is found by \`npm run generate\`)`)
}
