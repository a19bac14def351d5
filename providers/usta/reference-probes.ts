import type { ProbeAnswer, ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

/** The reference sandbox's demo client (made up at its start), read from its control path. */
async function demoClient(baseUrl: string): Promise<{ clientId: string; clientSecret: string }> {
  const answer = await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))
  const { credentials } = (await answer.json()) as { credentials: { clientId: string; clientSecret: string } }
  return credentials
}

/** USTA's pages ask for `content-type: application/json` on every request ("Request Headers"). */
const JSON_CONTENT = { 'Content-Type': 'application/json' }

/** The id the Facility API answered a create-or-update with. */
const facilityIdOf = (answer: ProbeAnswer | undefined) => String((answer?.json as { ustaFacilityId?: unknown } | undefined)?.ustaFacilityId)

/**
 * USTA's reference probes. The token request is the one of the machine-to-machine page's curl
 * example: `POST /oauth2/token` on the token host (pointed at the sandbox), HTTP Basic with
 * `base64(clientId:clientSecret)`, `Content-Type: application/x-www-form-urlencoded` and the form
 * field `grant_type=client_credentials`; no scope (fixed by USTA when it sets the client up). The
 * API is then called with `Authorization: Bearer <token>` and `content-type: application/json`.
 * The valid requests follow the unbound page (customer, organization, facility, provider search)
 * and the Facility API Reference Guide (create-or-update with `facilityStatus`, `name`,
 * `isPrivateFlag`, an address as in its example).
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const { clientId, clientSecret } = await demoClient(baseUrl)
    const answer = await send({
      method: 'POST',
      path: '/oauth2/token',
      headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      form: { grant_type: 'client_credentials' },
    })
    const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
    if (typeof token !== 'string') throw new Error(`USTA reference sandbox refused the machine-to-machine token request: ${answer.status} ${answer.text}`)
    return { Authorization: `Bearer ${token}` }
  },
  valid: [
    {
      operation: 'upsertFacility',
      request: {
        method: 'POST',
        path: '/v1/usta-connect/facilities',
        body: {
          facilityStatus: 'Active',
          name: 'Probe Park Tennis Courts',
          isPrivateFlag: false,
          externalFacilityId: 'probe-1',
          phoneNumber: '555-555-0100',
          address: { streetAddressLine1: '10 Probe Park Road', streetAddressLine2: null, city: 'Springfield', state: 'IL', zip: '62701', country: 'US' },
        },
      },
    },
    {
      operation: 'upsertFacility',
      request: (earlier) => ({
        method: 'POST',
        path: '/v1/usta-connect/facilities',
        body: {
          ustaFacilityId: Number(facilityIdOf(earlier[0])),
          facilityStatus: 'Closed',
          name: 'Probe Park Tennis Courts',
          isPrivateFlag: true,
          verifiedBy: 'probe',
        },
      }),
    },
    { operation: 'getFacility', request: (earlier) => ({ method: 'GET', path: `/v1/facilities/${facilityIdOf(earlier[0])}`, headers: JSON_CONTENT }) },
    { operation: 'getCustomer', request: { method: 'GET', path: '/v1/customer/2000000003', headers: JSON_CONTENT } },
    { operation: 'updateCustomer', request: { method: 'PATCH', path: '/v1/customer/2000000003', body: { firstName: 'Billie' } } },
    { operation: 'replaceCustomer', request: { method: 'PUT', path: '/v1/customer/2000000003', body: { firstName: 'Billie', lastName: 'Sample' } } },
    { operation: 'getOrganization', request: { method: 'GET', path: '/v1/organizations/3000000002', headers: JSON_CONTENT } },
    { operation: 'listOrganizationFacilities', request: { method: 'GET', path: '/v1/organizations/3000000001/facilities', headers: JSON_CONTENT } },
    {
      operation: 'searchOrganizationsByFacilityId',
      request: { method: 'GET', path: '/v1/organizations/search/byFacilityId', query: { facilityId: '4000000000' }, headers: JSON_CONTENT },
    },
    {
      operation: 'searchProvidersByName',
      request: { method: 'GET', path: '/v1/providers/search/byFirstNameLastName', query: { firstName: 'Martina', lastName: 'Sample' }, headers: JSON_CONTENT },
    },
  ],
}
