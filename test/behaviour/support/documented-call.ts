import type { CatalogEntry, CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'

/** Catalogs read once per test file: validating one reads its doc snapshot too. */
const catalogs = new Map<VendorId, CatalogFile>()

/**
 * How the catalog says to provoke one documented error: the client operation, its arguments and
 * the credentials it is sent with. The contract test made the interaction from the same call, so
 * the client sends exactly the request the replay expects.
 *
 * @example
 * documentedRequest('plansource', 'employee-not-found') // { operation: 'getEmployee', args: { id: '999999' }, credentials: 'valid', … }
 */
export function documentedRequest(vendor: VendorId, id: string): CatalogEntry['request'] {
  let catalog = catalogs.get(vendor)
  if (catalog === undefined) catalogs.set(vendor, (catalog = loadCatalog(vendor)))
  const entry = catalog.errors.find((candidate) => candidate.id === id)
  if (entry === undefined) throw new Error(`${vendor} catalog has no entry "${id}"`)
  return entry.request
}

/**
 * Calls the client operation that provokes a documented error, with the catalog's arguments.
 *
 * @example
 * await expect(callDocumented(client, 'plansource', 'employee-not-found')).rejects.toMatchObject({ kind: 'not-found' })
 */
export function callDocumented(client: object, vendor: VendorId, id: string): Promise<unknown> {
  const { operation, args } = documentedRequest(vendor, id)
  const method = (client as Record<string, unknown>)[operation]
  if (typeof method !== 'function') throw new Error(`${vendor} client has no operation "${operation}" (catalog entry ${id})`)
  return (method as (args: unknown) => Promise<unknown>).call(client, args ?? undefined)
}
