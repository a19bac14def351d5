import { cachedToken } from '../../consumers/auth/token-source.ts'
import type { VerificationProfile } from '../verification/verification-profile.ts'
import { PLANSOURCE_TOKEN_PATH, plansourceAuth } from './plansource-auth.ts'
import { plansourceStates } from './provider-states.ts'

/**
 * How PlanSource is verified: its real sandbox's environment variables, live credentials from
 * the token endpoint, and its provider states.
 *
 * @example
 * const profile = verificationProfile
 * profile.urlEnv.name // 'PLANSOURCE_SANDBOX_URL'
 */
export const verificationProfile: VerificationProfile = {
  vendor: 'plansource',
  urlEnv: { key: 'url', name: 'PLANSOURCE_SANDBOX_URL', secret: false, purpose: 'the partner-dev host, e.g. https://partner-dev-api.plansource.com' },
  env: [
    { key: 'clientId', name: 'PLANSOURCE_CLIENT_ID', secret: false, purpose: 'the OAuth client id' },
    { key: 'privateKey', name: 'PLANSOURCE_PRIVATE_KEY', secret: true, purpose: 'the PEM RSA private key that signs client assertions' },
    { key: 'expiredToken', name: 'PLANSOURCE_EXPIRED_TOKEN', secret: true, purpose: 'optional: an access token PlanSource issued that has since expired' },
  ],
  tokenPath: PLANSOURCE_TOKEN_PATH,
  authHeader: (token) => `Bearer ${token}`,
  credentials(values, api, redactor) {
    const auth = plansourceAuth(values, api, redactor)
    const main = cachedToken(() => auth.requestToken())
    return { accessToken: () => main.token(), tokenRequestForm: async () => auth.tokenRequestForm() }
  },
  states: plansourceStates,
}
