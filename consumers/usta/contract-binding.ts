import { staticToken } from '../auth/token-source.ts'
import { isRecord } from '../http/error-envelope.ts'
import { UstaClient, ustaBasicAuthorization } from './usta-client.ts'
import { parseUstaError } from './usta-envelope.ts'
import type { CatalogEntry } from '../../providers/catalog/catalog-schema.ts'
import type { ContractBinding } from '../../test/contract/support/contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../providers/contract-credentials.ts'

/**
 * The `subject` of the first error in a documented USTA body (wrapped or bare), which the client
 * must report as the invalid field.
 *
 * @example
 * documentedSubject({ body: { errors: [{ errorCode: 5000, subject: 'firstName' }] } }) // 'firstName'
 */
export function documentedSubject(entry: Pick<CatalogEntry, 'body'>): string | undefined {
  const { body } = entry
  if (!isRecord(body)) return undefined
  const first: unknown = Array.isArray(body.errors) ? body.errors[0] : body
  return isRecord(first) && typeof first.subject === 'string' ? first.subject : undefined
}

/** USTA's client for the shared tests. */
export const contractBinding: ContractBinding = {
  vendor: 'usta',
  modes: ['valid', 'expired', 'none', 'client-credentials'],
  makeClient(baseUrl, mode, tokens) {
    // One base URL stands for both USTA hosts: the services API and the USTA Connect API (facilities).
    if (mode === 'none') return new UstaClient({ apiBaseUrl: baseUrl, connectBaseUrl: baseUrl })
    if (mode === 'client-credentials') {
      return new UstaClient({
        apiBaseUrl: baseUrl,
        connectBaseUrl: baseUrl,
        tokenUrl: `${baseUrl}/oauth2/token`,
        clientId: CONTRACT_CREDENTIALS.clientId,
        clientSecret: CONTRACT_CREDENTIALS.clientSecret,
      })
    }
    const token = mode === 'expired' ? CONTRACT_CREDENTIALS.expiredToken : CONTRACT_CREDENTIALS.accessToken
    return new UstaClient({ apiBaseUrl: baseUrl, connectBaseUrl: baseUrl, tokens: tokens ?? staticToken(token) })
  },
  authHeader: (token) => ({ name: 'Authorization', value: `Bearer ${token}` }),
  tokenRequestHeaders: {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...ustaBasicAuthorization(CONTRACT_CREDENTIALS.clientId, CONTRACT_CREDENTIALS.clientSecret),
  },
  expectedField: documentedSubject,
  envelopeParser: parseUstaError,
  testHost: 'https://stage-services.usta.com',
}
