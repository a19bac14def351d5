import { isVendorError, type VendorError } from '../../../consumers/errors/vendor-error.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { provoke, rejection } from './provoke.ts'

/**
 * The VendorError the client raises for a documented error (the replay must already answer it).
 *
 * @example
 * server.use(replay(vendor, 'bad-request'))
 * const error = await vendorFailure(vendor, 'bad-request')
 */
export async function vendorFailure(vendor: VendorId, scenario: string): Promise<VendorError> {
  const error = await rejection(provoke(vendor, scenario))
  if (!isVendorError(error)) throw error
  return error
}
