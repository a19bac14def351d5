import { cachedToken } from '../../consumers/auth/token-source.ts'
import type { VerificationProfile } from '../verification/verification-profile.ts'
import { USTA_TOKEN_PATH, ustaAuth } from './usta-auth.ts'
import { ustaStates } from './provider-states.ts'

/**
 * How USTA is verified: the stage environment's variables, client-credentials tokens from the token
 * URL `USTA_TOKEN_URL` names (USTA's pages name two stage hosts, so none is built in), and its
 * provider states.
 *
 * @example
 * verificationProfile.urlEnv.name // 'USTA_SANDBOX_URL'
 */
export const verificationProfile: VerificationProfile = {
  vendor: 'usta',
  urlEnv: { key: 'url', name: 'USTA_SANDBOX_URL', secret: false, purpose: 'the stage services host, https://stage-services.usta.com' },
  env: [
    {
      key: 'tokenUrl',
      name: 'USTA_TOKEN_URL',
      secret: false,
      purpose:
        "the token URL, required (no default): USTA's pages name two stage hosts, https://stage-account-ustaconnect.usta.com/oauth2/token (Cognito Endpoints) and https://stage-account.usta.com/oauth2/token (Machine to Machine)",
    },
    { key: 'clientId', name: 'USTA_CLIENT_ID', secret: false, purpose: 'the API client id' },
    { key: 'clientSecret', name: 'USTA_CLIENT_SECRET', secret: true, purpose: "that client's secret" },
    { key: 'expiredToken', name: 'USTA_EXPIRED_TOKEN', secret: true, purpose: 'optional: an access token the token host issued that has since expired' },
  ],
  tokenPath: USTA_TOKEN_PATH,
  authHeader: (token) => `Bearer ${token}`,
  credentials(values, api, redactor) {
    const main = cachedToken(() => ustaAuth(values, api, redactor).requestToken())
    return { accessToken: () => main.token() }
  },
  states: ustaStates,
}
