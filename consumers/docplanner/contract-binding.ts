import { staticToken } from '../auth/token-source.ts'
import { DocplannerClient } from './docplanner-client.ts'
import { parseDocplannerError } from './docplanner-envelope.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

/** Docplanner's client for the shared tests. */
export const contractBinding: ContractBinding = {
  vendor: 'docplanner',
  modes: ['valid', 'expired', 'none', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    if (mode === 'none') return new DocplannerClient({ baseUrl })
    if (mode === 'client-credentials')
      return new DocplannerClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, clientSecret: CONTRACT_CREDENTIALS.clientSecret })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new DocplannerClient({ baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: `Bearer ${token}` }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
  /** A field-keyed `errors` (the API reference's 400 examples) names the field; the array reading names none. */
  expectedField(entry) {
    const errors = (entry.body as { errors?: unknown } | null)?.errors
    return typeof errors === 'object' && errors !== null && !Array.isArray(errors) ? Object.keys(errors)[0] : undefined
  },
  envelopeParser: parseDocplannerError,
  testHost: 'https://www.znanylekarz.pl',
}
