import type { VendorId } from '../../../providers/vendor-ids.ts'
import { conventionExports } from '../../../scripts/lib/load-convention.ts'
import type { ContractBinding } from './contract-binding.ts'

const bindings = await conventionExports<ContractBinding>('contractBinding')

/**
 * A vendor's contract binding (`consumers/<id>/contract-binding.ts`), or an error naming the file
 * to write and the command to run.
 *
 * @example
 * contractBindingOf(vendor).makeClient(mockServer.url, 'valid')
 */
export function contractBindingOf(vendor: VendorId): ContractBinding {
  return bindings.of(vendor)
}
