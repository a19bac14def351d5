import { staticToken } from '../auth/token-source.ts'
import { PlusAuthClient, plusAuthAuthorization } from './plusauth-client.ts'
import { parsePlusAuthError } from './plusauth-envelope.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

const basicScheme = `Basic ${Buffer.from(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.clientSecret}`).toString('base64')}`

/**
 * PlusAuth's client for the shared tests. In `basic-scheme` mode the client is given an auth
 * header builder that sends HTTP Basic credentials, the mistake PlusAuth answers with
 * `invalid_authorization_scheme`.
 *
 * @example
 * describeCatalogContracts(contractBinding)
 */
export const contractBinding: ContractBinding = {
  vendor: 'plusauth',
  modes: ['valid', 'expired', 'none', 'basic-scheme', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    if (mode === 'none') return new PlusAuthClient({ baseUrl })
    if (mode === 'client-credentials') {
      return new PlusAuthClient({
        baseUrl,
        clientId: CONTRACT_CREDENTIALS.clientId,
        clientSecret: CONTRACT_CREDENTIALS.clientSecret,
        audience: 'https://contract-tenant.plusauth.com/api/',
      })
    }
    if (mode === 'basic-scheme')
      return new PlusAuthClient({ baseUrl, tokens: staticToken(CONTRACT_CREDENTIALS.accessToken), authorize: () => ({ Authorization: basicScheme }) })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new PlusAuthClient({ baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: plusAuthAuthorization(token).Authorization! }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
  envelopeParser: parsePlusAuthError,
  testHost: 'https://contract-tenant.plusauth.com',
}
