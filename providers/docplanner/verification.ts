import { cachedToken } from '../../consumers/auth/token-source.ts'
import type { VerificationProfile } from '../verification/verification-profile.ts'
import { DOCPLANNER_TOKEN_PATH, docplannerAuth } from './docplanner-auth.ts'
import { docplannerStates } from './provider-states.ts'

/**
 * How Docplanner is verified: its sandbox credentials (same hosts as production), Basic
 * client-credentials tokens, and its provider states.
 *
 * @example
 * verificationProfile.urlEnv.name // 'DOCPLANNER_SANDBOX_URL'
 */
export const verificationProfile: VerificationProfile = {
  vendor: 'docplanner',
  urlEnv: {
    key: 'url',
    name: 'DOCPLANNER_SANDBOX_URL',
    secret: false,
    purpose: "the country's host, e.g. https://www.znanylekarz.pl (sandbox = separate credentials, same hosts)",
  },
  env: [
    { key: 'clientId', name: 'DOCPLANNER_CLIENT_ID', secret: false, purpose: 'the sandbox integration client id' },
    { key: 'clientSecret', name: 'DOCPLANNER_CLIENT_SECRET', secret: true, purpose: "that client's secret" },
    { key: 'expiredToken', name: 'DOCPLANNER_EXPIRED_TOKEN', secret: true, purpose: 'optional: an access token Docplanner issued that has since expired' },
  ],
  tokenPath: DOCPLANNER_TOKEN_PATH,
  authHeader: (token) => `Bearer ${token}`,
  credentials(values, api, redactor) {
    const auth = docplannerAuth(values, api, redactor)
    const main = cachedToken(() => auth.requestToken())
    return { accessToken: () => main.token(), clientBasic: async () => auth.client() }
  },
  states: docplannerStates,
}
