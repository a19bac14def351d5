import { staticToken } from '../../../consumers/auth/token-source.ts'
import { DocplannerClient } from '../../../consumers/docplanner/docplanner-client.ts'
import type { ContractBinding } from '../support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../../providers/contract-credentials.ts'

/** Docplanner's client against the Pact mock server. */
export const docplannerBinding: ContractBinding = {
  vendor: 'docplanner',
  makeClient(baseUrl, mode) {
    if (mode === 'none') return new DocplannerClient({ baseUrl })
    if (mode === 'client-credentials')
      return new DocplannerClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, clientSecret: CONTRACT_CREDENTIALS.clientSecret })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new DocplannerClient({ baseUrl, tokens: staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: `Bearer ${token}` }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
  /** A field-keyed `errors` (the API reference's 400 examples) names the field; the array reading names none. */
  expectedField(entry) {
    const errors = (entry.body as { errors?: unknown } | null)?.errors
    return typeof errors === 'object' && errors !== null && !Array.isArray(errors) ? Object.keys(errors)[0] : undefined
  },
}
