import { staticToken } from '../../../consumers/auth/token-source.ts'
import { PlusAuthClient, plusAuthAuthorization } from '../../../consumers/plusauth/plusauth-client.ts'
import type { ContractBinding } from '../support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../../providers/contract-credentials.ts'

const basicScheme = `Basic ${Buffer.from(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.clientSecret}`).toString('base64')}`

/**
 * PlusAuth's client against the Pact mock server. In `basic-scheme` mode the client is given an
 * auth header builder that sends HTTP Basic credentials, the mistake PlusAuth answers with
 * `invalid_authorization_scheme`.
 *
 * @example
 * describeCatalogContracts(plusauthBinding)
 */
export const plusauthBinding: ContractBinding = {
  vendor: 'plusauth',
  makeClient(baseUrl, mode) {
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
    return new PlusAuthClient({ baseUrl, tokens: staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: plusAuthAuthorization(token).Authorization! }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
}
