/**
 * The vendors this suite covers, in their ids as used everywhere: folder names under
 * `providers/` and `consumers/`, Pact provider names, CLI options.
 *
 * This list is not vendor behaviour and not the catalog, so every witness may import it.
 *
 * @example
 * for (const vendor of VENDOR_IDS) loadCatalog(vendor)
 */
export const VENDOR_IDS = ['plansource', 'docplanner', 'aplos', 'plusauth', 'usta'] as const

/** One of the vendor ids in {@link VENDOR_IDS}. */
export type VendorId = (typeof VENDOR_IDS)[number]

/**
 * Narrows a string to a vendor id, or throws an error that lists the valid ids.
 *
 * @example
 * const vendor = parseVendorId(argv.vendor) // throws 'unknown vendor "acme" (expected one of: …)'
 */
export function parseVendorId(value: string): VendorId {
  if ((VENDOR_IDS as readonly string[]).includes(value)) return value as VendorId
  throw new Error(`unknown vendor "${value}" (expected one of: ${VENDOR_IDS.join(', ')})`)
}
