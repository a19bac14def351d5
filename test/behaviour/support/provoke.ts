import type { TokenSource } from '../../../consumers/auth/token-source.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { callDocumented, documentedRequest } from './documented-call.ts'
import { countingTokens } from './counting-tokens.ts'
import { vendorClient } from './vendor-clients.ts'

/**
 * Sends the request that provokes a documented error through the vendor's real client, with the
 * credentials the catalog names; returns the client's promise.
 *
 * @example
 * server.use(replay('usta', 'wrong-password'))
 * await expect(provoke('usta', 'wrong-password')).rejects.toMatchObject({ kind: 'validation' })
 */
export function provoke(vendor: VendorId, id: string, tokens: TokenSource = countingTokens()): Promise<unknown> {
  return callDocumented(vendorClient(vendor, documentedRequest(vendor, id).credentials, tokens), vendor, id)
}

/**
 * What a rejected call was rejected with (the test fails if it resolved).
 *
 * @example
 * const error = await rejection(provoke('aplos', 'forbidden'))
 */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected the call to fail, it resolved with ${JSON.stringify(value)}`)
    },
    (reason: unknown) => reason,
  )
}
