import { createSign, randomBytes, randomUUID } from 'node:crypto'
import type { ProbeAnswer, ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

/** The reference sandbox's demo client (made up at its start), read from its control path. */
async function demoClient(baseUrl: string): Promise<{ clientId: string; privateKey: string }> {
  const answer = await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))
  const { credentials } = (await answer.json()) as { credentials: { clientId: string; privateKey: string } }
  return credentials
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/**
 * The signed JWT the access-token guide asks for ("Obtaining an access token to Admin API",
 * section 1): `iss` present, `sub` the client id, `aud` the hostname of the authorization server,
 * `exp` not in the past, a unique `jti`, and `scopes`, a space-separated list (`admin_api_v2`, the
 * OpenAPI's clientSecretJwt scope). Signed RS256, as the guide's example header says.
 */
export function guideClientAssertion(claims: { clientId: string; privateKey: string; hostname: string; now?: number }): string {
  const now = Math.floor((claims.now ?? Date.now()) / 1000)
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))
  const payload = base64url(
    JSON.stringify({ iss: claims.clientId, sub: claims.clientId, aud: claims.hostname, exp: now + 60, jti: randomUUID(), scopes: 'admin_api_v2' }),
  )
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(claims.privateKey)
  return `${header}.${payload}.${base64url(signature)}`
}

/** The data of a success envelope `{"status":"success","data":…}`. */
const dataOf = (answer: ProbeAnswer | undefined) => (answer?.json as { data?: { id?: unknown } } | undefined)?.data

/**
 * PlanSource's reference probes. The token request is the guide's: POST `/oauth/v2/token`,
 * form-encoded, `grant_type=client_credentials`, the JWT-bearer `client_assertion_type`, the
 * signed `client_assertion` and `code`, a random string for CSRF protection; the API is then
 * called with `Authorization: Bearer <token>`. The valid requests follow the Admin API's OpenAPI
 * document (paths under `/admin/v2`, flat subscriber body, `form_completions` an object,
 * administrator body with `organization_codes`, `roles`, `far_lookup_code`, `user_type`).
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const { clientId, privateKey } = await demoClient(baseUrl)
    const answer = await send({
      method: 'POST',
      path: '/oauth/v2/token',
      form: {
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: guideClientAssertion({ clientId, privateKey, hostname: new URL(baseUrl).hostname }),
        code: randomBytes(16).toString('hex'),
      },
    })
    const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
    if (typeof token !== 'string') throw new Error(`PlanSource reference sandbox refused the guide's token request: ${answer.status} ${answer.text}`)
    return { Authorization: `Bearer ${token}` }
  },
  valid: [
    {
      operation: 'createSubscriber',
      request: { method: 'POST', path: '/admin/v2/subscriber', body: { first_name: 'Ada', last_name: 'Example', birthdate: '1980-01-01', gender: 'F' } },
    },
    {
      operation: 'createSubscriber',
      request: { method: 'POST', path: '/admin/v2/subscriber', query: { is_custom_id: 'false' }, body: { user_name: 'aexample_2' } },
    },
    {
      operation: 'getEoiSubscriber',
      request: (earlier) => ({ method: 'GET', path: `/admin/v2/eoi/subscriber/${String(dataOf(earlier[0])?.id)}` }),
    },
    { operation: 'getCoverageMeta', request: { method: 'GET', path: '/admin/v2/coverage/meta' } },
    { operation: 'getCoverageLines', request: { method: 'GET', path: '/admin/v2/coverage/1/lines' } },
    {
      operation: 'getCoverageLines',
      request: { method: 'GET', path: '/admin/v2/coverage/1/lines', query: { plan_year: 'current', start_date: '2026-01-01', end_date: '2026-12-31' } },
    },
    {
      operation: 'completeForms',
      request: {
        method: 'PUT',
        path: '/admin/v2/eoi/form_completions',
        body: {
          form_completions: { ssn: '000-00-0000', benefits: 'subscriber_life', completed: 'true', expiration_date: '2027-01-31', reference_number: 'R1' },
        },
      },
    },
    {
      operation: 'createAdministrator',
      request: {
        method: 'POST',
        path: '/admin/v2/administrator',
        body: {
          user: { user_name: 'probe_admin', email: 'probe_admin@example.com' },
          administrator: { first_name: 'Probe', last_name: 'Admin' },
          roles: ['Master Administrator'],
          organization_codes: ['100'],
          far_lookup_code: 'read_only',
          user_type: 'master_admin',
        },
      },
    },
  ],
}
