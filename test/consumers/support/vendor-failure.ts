import { isVendorError, type VendorError } from '../../../consumers/errors/vendor-error.ts'

/**
 * Awaits a call that must fail and returns its VendorError; anything else fails the test.
 *
 * @example
 * const error = await vendorFailure(client.getUser({ id: 'missing' }))
 */
export async function vendorFailure(promise: Promise<unknown>): Promise<VendorError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isVendorError(error)) throw new Error(`expected a VendorError, got ${String(error)}`)
  return error
}
