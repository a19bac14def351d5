import { staticToken } from '../auth/token-source.ts'
import { PlanSourceClient } from './plansource-client.ts'
import { parsePlanSourceError } from './plansource-envelope.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

/** PlanSource's client for the shared tests. */
export const contractBinding: ContractBinding = {
  vendor: 'plansource',
  modes: ['valid', 'expired', 'none', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    if (mode === 'none') return new PlanSourceClient({ baseUrl })
    if (mode === 'client-credentials')
      return new PlanSourceClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, clientAssertion: () => CONTRACT_CREDENTIALS.clientAssertion })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new PlanSourceClient({ baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: `Bearer ${token}` }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
  envelopeParser: parsePlanSourceError,
  testHost: 'https://partner-dev-api.plansource.com',
}
