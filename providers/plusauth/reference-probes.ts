import { loadApiReference } from '../api-reference/load-api-reference.ts'
import type { ProbeAnswer, ProbeRequest, ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

const USERS = '/api/v1/users/'
const PROBE_USERNAME = 'reference.probe'

/**
 * The view types the official SDK's views service names, as the API reference records them: the
 * probes take the reference's list, the sandbox keeps its own (the test compares the two witnesses).
 */
const VIEW_TYPES = (loadApiReference('plusauth').operations.find((operation) => operation.id === 'getView')?.pathParams.type?.enum ?? []).map(String)

/** The id of the user the create probe made. */
function probeUserId(earlier: ProbeAnswer[]): string {
  const created = earlier.find((answer) => (answer.json as { username?: unknown } | undefined)?.username === PROBE_USERNAME)
  return encodeURIComponent(String((created?.json as { id?: unknown } | undefined)?.id))
}

/**
 * PlusAuth's requests as its official JS SDK (PlusAuth/plusauth-rest-js) sends them: the token
 * request of `example/getAuthToken.js` (`POST <uri>/oauth2/token`, a form with client_id,
 * client_secret, grant_type=client_credentials, audience `<uri>/api/` and the permissions joined by
 * spaces, empty by default), then the SDK's users and views calls under `<uri>/api/v1` with its
 * headers (Bearer token, `Accept: application/json`, `X-Requested-With: XMLHttpRequest`): list
 * users, create a user with profile claims and a null, read, change and delete it, and read every
 * view type the SDK names.
 *
 * @example
 * const headers = await referenceProbes.authorize(send, sandbox.url)
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const described = (await (await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))).json()) as { credentials: { clientId: string; clientSecret: string } }
    const { clientId, clientSecret } = described.credentials
    const uri = baseUrl.replace(/\/+$/, '')
    const permissions: string[] = []
    const answer = await send({
      method: 'POST',
      path: '/oauth2/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      form: { client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials', audience: `${uri}/api/`, scope: permissions.join(' ') },
    })
    const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
    if (typeof token !== 'string') throw new Error(`PlusAuth's token endpoint answered ${answer.status}: ${answer.text.slice(0, 200)}`)
    return { Authorization: `Bearer ${token}`, Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  },
  valid: [
    { operation: 'listUsers', request: { method: 'GET', path: USERS } },
    { operation: 'listUsers', request: { method: 'GET', path: USERS, query: { limit: '10', offset: '0', sort_by: 'created_at.desc', fields: 'id,username' } } },
    {
      operation: 'createUser',
      request: { method: 'POST', path: USERS, body: { username: PROBE_USERNAME, email: null, profile: { given_name: 'Ada', family_name: null } } },
    },
    { operation: 'getUser', request: (earlier): ProbeRequest => ({ method: 'GET', path: `${USERS}${probeUserId(earlier)}` }) },
    {
      operation: 'updateUser',
      request: (earlier): ProbeRequest => ({
        method: 'PATCH',
        path: `${USERS}${probeUserId(earlier)}`,
        body: { email_verified: null, profile: { family_name: 'Lovelace', nickname: null } },
      }),
    },
    { operation: 'deleteUser', request: (earlier): ProbeRequest => ({ method: 'DELETE', path: `${USERS}${probeUserId(earlier)}` }) },
    ...VIEW_TYPES.map((type) => ({ operation: 'getView', request: { method: 'GET' as const, path: `/api/v1/views/${type}/` } })),
  ],
}
