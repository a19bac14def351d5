import { staticToken } from '../../../consumers/auth/token-source.ts'
import { aplosAuthorization } from '../../../consumers/aplos/aplos-authorization.ts'
import { AplosClient } from '../../../consumers/aplos/aplos-client.ts'
import type { ContractBinding } from '../support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../../providers/contract-credentials.ts'

/**
 * Aplos's client against the Pact mock server. The auth call's token is passed through
 * undecrypted: no key, real or made up, goes near a contract.
 */
export const aplosBinding: ContractBinding = {
  vendor: 'aplos',
  makeClient(baseUrl, mode) {
    if (mode === 'none') return new AplosClient({ baseUrl })
    if (mode === 'client-credentials') return new AplosClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, decryptToken: (token) => token })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new AplosClient({ baseUrl, tokens: staticToken(token) })
  },
  authHeader(token) {
    const [name, value] = Object.entries(aplosAuthorization(token))[0]!
    return { name, value }
  },
}
