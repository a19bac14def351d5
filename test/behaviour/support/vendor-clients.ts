import type { TokenSource } from '../../../consumers/auth/token-source.ts'
import { AplosClient } from '../../../consumers/aplos/aplos-client.ts'
import { DocplannerClient } from '../../../consumers/docplanner/docplanner-client.ts'
import { PlanSourceClient } from '../../../consumers/plansource/plansource-client.ts'
import { PlusAuthClient } from '../../../consumers/plusauth/plusauth-client.ts'
import { UstaClient } from '../../../consumers/usta/usta-client.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { CONTRACT_BINDINGS } from '../../contract/bindings/index.ts'
import type { CredentialsMode } from '../../contract/support/contract-binding.ts'
import { countingTokens } from './counting-tokens.ts'

/** The hosts the unit tests' clients talk to; MSW answers every request, none leaves the process. */
export const VENDOR_HOSTS: Readonly<Record<VendorId, string>> = {
  plansource: 'https://partner-dev-api.plansource.com',
  docplanner: 'https://www.znanylekarz.pl',
  aplos: 'https://app.aplos.com',
  plusauth: 'https://contract-tenant.plusauth.com',
  usta: 'https://stage-services.usta.com',
}

const WITH_TOKENS: Readonly<Record<VendorId, (baseUrl: string, tokens: TokenSource) => object>> = {
  plansource: (baseUrl, tokens) => new PlanSourceClient({ baseUrl, tokens }),
  docplanner: (baseUrl, tokens) => new DocplannerClient({ baseUrl, tokens }),
  aplos: (baseUrl, tokens) => new AplosClient({ baseUrl, tokens }),
  plusauth: (baseUrl, tokens) => new PlusAuthClient({ baseUrl, tokens }),
  usta: (baseUrl, tokens) => new UstaClient({ apiBaseUrl: baseUrl, tokens }),
}

/**
 * A vendor's real client against its host, for the credentials a documented error needs: with a
 * token source (default: a fresh {@link countingTokens}) when the call sends a token, else as the
 * contract binding builds it (no credentials, the wrong scheme, client credentials).
 *
 * @example
 * const tokens = countingTokens()
 * const client = vendorClient('usta', 'valid', tokens)
 */
export function vendorClient(vendor: VendorId, mode: CredentialsMode = 'valid', tokens: TokenSource = countingTokens()): object {
  if (mode === 'valid' || mode === 'expired') return WITH_TOKENS[vendor](VENDOR_HOSTS[vendor], tokens)
  return CONTRACT_BINDINGS[vendor]!.makeClient(VENDOR_HOSTS[vendor], mode)
}
