import { staticToken } from '../../../consumers/auth/token-source.ts'
import { PlanSourceClient } from '../../../consumers/plansource/plansource-client.ts'
import type { ContractBinding } from '../support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../../providers/contract-credentials.ts'

/** PlanSource's client against the Pact mock server. */
export const plansourceBinding: ContractBinding = {
  vendor: 'plansource',
  makeClient(baseUrl, mode) {
    if (mode === 'none') return new PlanSourceClient({ baseUrl })
    if (mode === 'client-credentials')
      return new PlanSourceClient({ baseUrl, clientId: CONTRACT_CREDENTIALS.clientId, clientAssertion: () => CONTRACT_CREDENTIALS.clientAssertion })
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new PlanSourceClient({ baseUrl, tokens: staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: `Bearer ${token}` }),
  tokenRequestHeaders: { 'Content-Type': 'application/x-www-form-urlencoded' },
}
