import type { TokenSource } from '../../../consumers/auth/token-source.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { contractBindingOf } from '../../contract/support/contract-bindings.ts'
import type { CredentialsMode } from '../../contract/support/contract-binding.ts'
import { countingTokens } from './counting-tokens.ts'

/**
 * The host the unit tests' clients talk to for a vendor (its binding's `testHost`); MSW answers
 * every request, none leaves the process.
 *
 * @example
 * server.use(http.all(`${vendorHost(vendor)}/*`, () => HttpResponse.json({ fresh: true })))
 */
export function vendorHost(vendor: VendorId): string {
  return contractBindingOf(vendor).testHost
}

/**
 * A vendor's real client against its host, for the credentials a documented error needs: with a
 * token source (default: a fresh {@link countingTokens}) when the call sends a token, else as the
 * contract binding builds it (no credentials, the wrong scheme, client credentials).
 *
 * @example
 * const tokens = countingTokens()
 * const client = vendorClient(vendor, 'valid', tokens)
 */
export function vendorClient(vendor: VendorId, mode: CredentialsMode = 'valid', tokens: TokenSource = countingTokens()): object {
  const binding = contractBindingOf(vendor)
  return binding.makeClient(binding.testHost, mode, mode === 'valid' || mode === 'expired' ? tokens : undefined)
}
