import { staticToken } from '../auth/token-source.ts'
import { aplosAuthorization } from './aplos-authorization.ts'
import { AplosClient } from './aplos-client.ts'
import { parseAplosError } from './aplos-envelope.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

/**
 * Aplos's client for the shared tests. The auth call's token is passed through undecrypted: no
 * key, real or made up, goes near a contract.
 */
export const contractBinding: ContractBinding = {
  vendor: 'aplos',
  modes: ['valid', 'expired', 'none', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    if (mode === 'none') return new AplosClient({ baseUrl })
    if (mode === 'client-credentials') return new AplosClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, decryptToken: (token) => token })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new AplosClient({ baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader(token) {
    const [name, value] = Object.entries(aplosAuthorization(token))[0]!
    return { name, value }
  },
  envelopeParser: parseAplosError,
  testHost: 'https://app.aplos.com',
}
