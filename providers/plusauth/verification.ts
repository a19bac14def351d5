import { cachedToken } from '../../consumers/auth/token-source.ts'
import type { VerificationProfile } from '../verification/verification-profile.ts'
import { PLUSAUTH_TOKEN_PATH, plusauthAuth } from './plusauth-auth.ts'
import { plusauthStates } from './provider-states.ts'

/**
 * How PlusAuth is verified: its tenant's environment variables, client-credentials tokens for the
 * management API, and its provider states.
 *
 * @example
 * verificationProfile.urlEnv.name // 'PLUSAUTH_SANDBOX_URL'
 */
export const verificationProfile: VerificationProfile = {
  vendor: 'plusauth',
  urlEnv: { key: 'url', name: 'PLUSAUTH_SANDBOX_URL', secret: false, purpose: "the test tenant's host, https://{tenant}.plusauth.com" },
  env: [
    { key: 'clientId', name: 'PLUSAUTH_CLIENT_ID', secret: false, purpose: 'a machine-to-machine client of the test tenant' },
    { key: 'clientSecret', name: 'PLUSAUTH_CLIENT_SECRET', secret: true, purpose: "that client's secret" },
    {
      key: 'audience',
      name: 'PLUSAUTH_AUDIENCE',
      secret: false,
      purpose: "optional: the management API's audience (default <url>/api/, as PlusAuth's token example asks for it)",
    },
    { key: 'memberUsername', name: 'PLUSAUTH_MEMBER_USERNAME', secret: false, purpose: 'a user of the tenant without management rights (password grant)' },
    { key: 'memberPassword', name: 'PLUSAUTH_MEMBER_PASSWORD', secret: true, purpose: "that user's password" },
    { key: 'otherTenantUrl', name: 'PLUSAUTH_OTHER_TENANT_URL', secret: false, purpose: "a second tenant's host, for a token issued by another tenant" },
    { key: 'otherTenantClientId', name: 'PLUSAUTH_OTHER_TENANT_CLIENT_ID', secret: false, purpose: 'a client of the second tenant' },
    { key: 'otherTenantClientSecret', name: 'PLUSAUTH_OTHER_TENANT_CLIENT_SECRET', secret: true, purpose: "that client's secret" },
  ],
  tokenPath: PLUSAUTH_TOKEN_PATH,
  authHeader: (token) => `Bearer ${token}`,
  credentials(values, api, redactor) {
    const main = cachedToken(() => plusauthAuth(values, api, redactor).requestToken())
    return { accessToken: () => main.token() }
  },
  states: plusauthStates,
}
