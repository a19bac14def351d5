import { cachedToken } from '../../consumers/auth/token-source.ts'
import type { VerificationProfile } from '../verification/verification-profile.ts'
import { APLOS_AUTH_PATH, aplosAuth } from './aplos-auth.ts'
import { aplosStates } from './provider-states.ts'

/**
 * How Aplos is verified: its account's environment variables, tokens from the auth call decrypted
 * with the account's private key and sent as `Bearer: <token>`, and its provider states.
 *
 * @example
 * verificationProfile.authHeader('abc') // 'Bearer: abc'
 */
export const verificationProfile: VerificationProfile = {
  vendor: 'aplos',
  urlEnv: {
    key: 'url',
    name: 'APLOS_SANDBOX_URL',
    secret: false,
    purpose: 'the API host, e.g. https://app.aplos.com (Aplos documents no sandbox host: use a test account)',
  },
  env: [
    { key: 'clientId', name: 'APLOS_CLIENT_ID', secret: false, purpose: "the test account's API client id" },
    {
      key: 'privateKey',
      name: 'APLOS_PRIVATE_KEY',
      secret: true,
      purpose: "the private key the account's settings issue for that client (base64 PKCS#8 DER, as Aplos issues it, or PEM), which decrypts tokens",
    },
    {
      key: 'partnerClientId',
      name: 'APLOS_PARTNER_CLIENT_ID',
      secret: false,
      purpose: 'optional: a partner API client id, for GET /partners/verify (without it, that state is unavailable)',
    },
    { key: 'partnerPrivateKey', name: 'APLOS_PARTNER_PRIVATE_KEY', secret: true, purpose: "optional: the partner client's private key" },
    { key: 'expiredToken', name: 'APLOS_EXPIRED_TOKEN', secret: true, purpose: 'optional: a decrypted token Aplos issued that has since expired' },
    { key: 'closedThrough', name: 'APLOS_CLOSED_THROUGH', secret: false, purpose: "optional: the last date (YYYY-MM-DD) of the test account's closed books" },
  ],
  tokenPath: APLOS_AUTH_PATH,
  authHeader: (token) => `Bearer: ${token}`,
  credentials(values, api, redactor) {
    const main = cachedToken(() => aplosAuth(values, api, redactor).requestToken())
    return { accessToken: () => main.token() }
  },
  states: aplosStates,
}
