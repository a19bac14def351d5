import { rsaTokenDecrypter } from '../../consumers/aplos/aplos-token-decrypter.ts'
import type { ObtainedToken } from '../verification/common-states.ts'
import type { Redactor } from '../verification/redactor.ts'
import type { VendorApi } from '../verification/vendor-api.ts'
import { MissingCredentials, type CredentialValues } from '../verification/verification-profile.ts'

/** Aplos's auth call, before the client id. */
export const APLOS_AUTH_PATH = '/hermes/api/v1/auth/'

/**
 * Obtains Aplos tokens the documented way: `GET /auth/{clientId}` (no parameters, no header)
 * answers the token encrypted with the account's public key, decrypted here with its private key
 * (base64 PKCS#8 DER as Aplos issues it, or PEM; RSA with PKCS#1 v1.5 padding).
 *
 * @example
 * const { token } = await aplosAuth(values, api, redactor).requestToken()
 */
export function aplosAuth(values: CredentialValues, api: VendorApi, redactor: Redactor) {
  return {
    /** A token of the main client, or of `clientId` (with its own `key`, e.g. a partner client's; else the account's key). */
    async requestToken(clientId?: string, key?: string): Promise<ObtainedToken> {
      const id = clientId ?? values('clientId')
      const privateKey = key ?? values('privateKey')
      if (!id || !privateKey) throw new MissingCredentials('set APLOS_CLIENT_ID and APLOS_PRIVATE_KEY')
      const answer = await api.request({ method: 'GET', path: `${APLOS_AUTH_PATH}${encodeURIComponent(id)}` })
      const body = answer.json() as { data?: { token?: unknown; expires?: unknown }; exception?: { code?: unknown } } | undefined
      const encrypted = body?.data?.token
      if (answer.status !== 200 || typeof encrypted !== 'string') {
        throw new Error(`Aplos's auth call answered ${answer.status}${body?.exception?.code !== undefined ? ` with code ${String(body.exception.code)}` : ''}`)
      }
      const token = await rsaTokenDecrypter(privateKey)(encrypted)
      redactor.add(token)
      redactor.add(encrypted)
      const expires = typeof body?.data?.expires === 'string' ? Date.parse(body.data.expires) : Number.NaN
      // Documented lifetime: 30 minutes, when the answer's `expires` cannot be read.
      return { token, expiresInMs: Number.isFinite(expires) ? Math.max(0, expires - Date.now()) : 30 * 60_000 }
    },
  }
}
