import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UstaClient } from '../../consumers/usta/usta-client.ts'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { REFERENCE_CONTROL_PATH } from '../../providers/sandbox-kit/reference-control.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { ustaAuth } from '../../providers/usta/usta-auth.ts'
import { verificationProfile } from '../../providers/usta/verification.ts'
import { createRedactor } from '../../providers/verification/redactor.ts'
import type { VendorApi } from '../../providers/verification/vendor-api.ts'
import { MissingCredentials } from '../../providers/verification/verification-profile.ts'
import { readAnswer } from './support/read-answer.ts'

/**
 * Each divergence between our old guesses and USTA's DEV Confluence pages (the API reference),
 * probed on both sides against the reference sandbox: what the reference describes is accepted,
 * what we guessed before is refused or answered differently, and where the pages contradict each
 * other both readings are kept. Values compared with the reference are read from
 * providers/usta/api-reference.json.
 */
const reference = loadApiReference('usta')
const catalog = loadCatalog('usta')
const operation = (id: string) => {
  const found = reference.operations.find((item) => item.id === id)
  if (!found) throw new Error(`providers/usta/api-reference.json has no operation ${id}`)
  return found
}
const entry = (id: string) => {
  const found = catalog.errors.find((item) => item.id === id)
  if (!found) throw new Error(`providers/usta/catalog.json has no entry ${id}`)
  return found
}

const FACILITIES = '/v1/usta-connect/facilities'
const FACILITY = { facilityStatus: 'Active', name: 'Divergence Park Courts', isPrivateFlag: false }
const ADDRESS = { streetAddressLine1: '20 Divergence Avenue', city: 'Springfield', state: 'IL', zip: '62702', country: 'US' }

let sandbox: ReferenceSandbox
let credentials: { clientId: string; clientSecret: string }
let bearer: string

interface Answer {
  status: number
  text: string
  json: unknown
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

async function call(
  method: string,
  path: string,
  options: { body?: unknown; query?: Record<string, string>; headers?: Record<string, string>; contentType?: string | null } = {},
): Promise<Answer> {
  const url = new URL(path, sandbox.url)
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value)
  const headers: Record<string, string> = { Authorization: bearer, ...options.headers }
  // USTA's pages ask for content-type: application/json on every request.
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType
  if (contentType !== null) headers['Content-Type'] = contentType
  const response = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  return readAnswer(response)
}

/** Sends a request after checking what the reference says of it: the rules it breaks, `[]` when it is valid. */
async function send(method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE', path: string, body?: unknown, breaks: string[] = []): Promise<Answer> {
  expect(conformance(reference, { method, path, body }).broken, `${method} ${path}`).toEqual(breaks)
  return call(method, path, { body })
}

const firstError = (answer: Answer) => (answer.json as { errors?: Array<Record<string, unknown>> } | undefined)?.errors?.[0]

/** A fetch that answers each request with the next of `answers` and records what was sent. */
function scriptedFetch(answers: Array<{ status: number; body: unknown }>) {
  const sent: Array<{ url: string; method: string; headers: Headers; body: string }> = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: typeof init?.body === 'string' ? init.body : '' })
    if (String(input).endsWith('/oauth2/token')) return Response.json({ access_token: `token-${sent.length}`, token_type: 'Bearer', expires_in: 3600 })
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!
    return Response.json(answer.body, { status: answer.status })
  }) as typeof globalThis.fetch
  return { fetch, sent }
}

beforeAll(async () => {
  sandbox = await startReferenceSandbox('usta')
  const description = (await (await fetch(new URL(REFERENCE_CONTROL_PATH, sandbox.url))).json()) as { credentials: typeof credentials }
  credentials = description.credentials
  const token = await fetch(new URL('/oauth2/token', sandbox.url), {
    method: 'POST',
    headers: { Authorization: basic(credentials.clientId, credentials.clientSecret), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  })
  bearer = `Bearer ${((await token.json()) as { access_token: string }).access_token}`
})
afterAll(async () => sandbox?.close())

describe('USTA facilities: no list, creation on the Facility API', () => {
  it('has no GET /v1/facilities list in the reference, and the sandbox answers it 404 or 405', async () => {
    const checked = conformance(reference, { method: 'GET', path: '/v1/facilities' })
    expect(checked.operation).toBeUndefined()
    expect(['route', 'method']).toContain(checked.broken[0])
    expect([404, 405]).toContain((await call('GET', '/v1/facilities', { query: { page: '0' } })).status)
  })

  it("lists an organization's facility ids under GET /v1/organizations/{uaid}/facilities, the reference's only facility list", async () => {
    const answer = await send('GET', '/v1/organizations/3000000001/facilities')
    expect(answer.status).toBe(operation('listOrganizationFacilities').successStatus)
    expect(answer.json).toEqual(expect.arrayContaining([expect.any(Number)]))
  })

  it("accepts the Facility API's create-or-update under /v1/usta-connect/facilities with its required fields, with the reference's success status", async () => {
    const answer = await send('POST', FACILITIES, { ...FACILITY, address: ADDRESS })
    expect(answer.status).toBe(operation('upsertFacility').successStatus)
    const id = (answer.json as { ustaFacilityId: unknown }).ustaFacilityId
    expect(Number.isInteger(id)).toBe(true)
    expect((await send('GET', `/v1/facilities/${String(id)}`)).json).toMatchObject({ ustaFacilityId: id, name: FACILITY.name })
  })

  it('answers the facility at the same address again instead of refusing a second create, so no request of the reference yields 3002', async () => {
    const address = { ...ADDRESS, streetAddressLine1: '21 Divergence Avenue' }
    const first = await send('POST', FACILITIES, { ...FACILITY, name: 'Same Address Courts', address })
    const second = await send('POST', FACILITIES, { ...FACILITY, name: 'Same Address Courts', address })
    expect([first.status, second.status]).toEqual([200, 200])
    expect((second.json as { ustaFacilityId: number }).ustaFacilityId).toBe((first.json as { ustaFacilityId: number }).ustaFacilityId)
    expect(entry('entity-already-exists').pending).toBeDefined()
    expect(entry('entity-already-exists').request.outsideReference).toMatch(/upsert/)
  })

  it('updates the facility whose ustaFacilityId is sent, and asks for verifiedBy on an update as the Facility API says', async () => {
    const created = (
      await send('POST', FACILITIES, { ...FACILITY, name: 'Update Courts', address: { ...ADDRESS, streetAddressLine1: '22 Divergence Avenue' } })
    ).json as { ustaFacilityId: number }
    const update = { ustaFacilityId: created.ustaFacilityId, ...FACILITY, name: 'Update Courts', facilityStatus: 'Closed' }
    const withoutVerifier = await send('POST', FACILITIES, update)
    expect({ status: withoutVerifier.status, error: firstError(withoutVerifier) }).toMatchObject({
      status: 400,
      error: { errorCode: 5000, subject: 'verifiedBy' },
    })
    const updated = await send('POST', FACILITIES, { ...update, verifiedBy: 'divergence test' })
    expect({ status: updated.status, json: updated.json }).toMatchObject({
      status: 200,
      json: { ustaFacilityId: created.ustaFacilityId, facilityStatus: 'Closed' },
    })
  })

  it('refuses our old facility body (name and organizationUaid) on the Facility API, which requires facilityStatus and isPrivateFlag', async () => {
    const old = { name: 'Riverside Tennis Center', organizationUaid: '3000000001' }
    const answer = await send('POST', FACILITIES, old, ['required:body.facilityStatus', 'required:body.isPrivateFlag'])
    expect({ status: answer.status, error: firstError(answer) }).toMatchObject({ status: 400, error: { errorCode: 5000, subject: 'facilityStatus' } })
  })

  it.each(['facilityStatus', 'name', 'isPrivateFlag'])('answers 400 with code 5000 naming %s when the create-or-update leaves it out', async (field) => {
    const { [field as keyof typeof FACILITY]: _left, ...body } = FACILITY
    const answer = await send('POST', FACILITIES, body, [`required:body.${field}`])
    expect({ status: answer.status, error: firstError(answer) }).toMatchObject({ status: 400, error: { errorCode: 5000, subject: field } })
  })

  it('answers 400 with code 5000 to a facilityStatus outside the values the Facility API lists', async () => {
    const answer = await send('POST', FACILITIES, { ...FACILITY, facilityStatus: 'Open' }, ['enum:body.facilityStatus'])
    expect({ status: answer.status, error: firstError(answer) }).toMatchObject({ status: 400, error: { errorCode: 5000, subject: 'facilityStatus' } })
  })

  it('cannot read a facility whose name is a list where the Facility API has a string (9002), as the catalog entry says', async () => {
    const { request } = entry('http-message-not-readable-error')
    expect(request.breaks).toBe('type:body.name')
    const answer = await send('POST', request.path, request.body, [request.breaks!])
    expect({ status: answer.status, error: firstError(answer) }).toMatchObject({ status: 400, error: { errorCode: 9002 } })
  })

  it('answers the older POST /v1/facilities with 200, the success status of the reference, not 201', async () => {
    const answer = await send('POST', '/v1/facilities', { name: 'Older Create Courts', organizationUaid: '3000000001' })
    expect(answer.status).toBe(operation('createFacility').successStatus)
  })
})

describe('USTA 401 bodies: the error page against the DEV Error Codes page', () => {
  const springExample = (description: string) =>
    reference.errorShapes.find(
      (shape) => shape.status === 401 && (shape.example as { error_description?: string } | undefined)?.error_description === description,
    )?.example

  it.each([
    ['unauthorized', 'full-authentication-is-required', 'Full authentication is required to access this resource'],
    ['authentication-token-is-invalid', 'token-expired', 'Token expired'],
  ])('contracts the error page reading (%s) and keeps the DEV page body as the pending reading %s', (pageId, readingId, description) => {
    const page = entry(pageId)
    const dev = entry(readingId)
    expect(page.pending).toBeUndefined()
    expect(page.body).toHaveProperty('errors')
    expect({ status: dev.status, body: dev.body, source: dev.reading?.source, from: dev.reading?.from }).toEqual({
      status: 401,
      body: springExample(description),
      source: 'dev-error-codes',
      from: 'api-reference',
    })
    expect(dev.pending).toBeDefined()
    expect(dev.doc.quote).toBe(page.doc.quote)
    expect({ method: dev.request.method, path: dev.request.path, credentials: dev.request.credentials }).toEqual({
      method: page.request.method,
      path: page.request.path,
      credentials: page.request.credentials,
    })
    expect(reference.contradictions.some((item) => item.readings.some((reading) => reading.source === 'dev-error-codes'))).toBe(true)
  })

  it("answers a call without a token in the error page's envelope, the contracted reading", async () => {
    const response = await fetch(new URL('/v1/customer/2000000001', sandbox.url), { headers: { 'Content-Type': 'application/json' } })
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 401, body: { errors: [{ message: expect.any(String) }] } })
  })

  it.each([
    ['the error page', { errors: [{ errorCode: 4003, message: 'authentication token is invalid' }] }, 4003],
    ['the DEV Error Codes page', { error: 'unauthorized', error_description: 'Token expired' }, 'unauthorized'],
  ])('reads the expired-token 401 of %s as an auth error and fetches a new token once', async (_reading, body, code) => {
    const script = scriptedFetch([{ status: 401, body }])
    const client = new UstaClient({
      apiBaseUrl: 'https://stage-services.usta.com',
      tokenUrl: 'https://stage-account.usta.com/oauth2/token',
      clientId: 'id',
      clientSecret: 'secret',
      fetch: script.fetch,
    })
    const error = (await client.getCustomer({ uaid: '2000000001' }).catch((reason: unknown) => reason)) as VendorError
    expect(isVendorError(error) && { kind: error.kind, code: error.code, status: error.status }).toEqual({ kind: 'auth', code, status: 401 })
    expect(script.sent.filter((request) => request.url.endsWith('/oauth2/token'))).toHaveLength(2)
  })
})

describe('USTA token hosts: two on two pages, chosen by configuration', () => {
  const cognito = () => reference.tokenFlows.find((flow) => flow.id === 'cognito-client-credentials')!

  it('records both stage token hosts the DEV pages name, as a contradiction', () => {
    const hosts = ['https://stage-account-ustaconnect.usta.com/oauth2/token', 'https://stage-account.usta.com/oauth2/token']
    expect(cognito().tokenUrls).toEqual(expect.arrayContaining(hosts))
    const contradiction = reference.contradictions.find((item) => /token host/.test(item.about))!
    expect(contradiction.readings.map((reading) => reading.source)).toEqual(expect.arrayContaining(['cognito-endpoints', 'm2m-token']))
  })

  it('sends the token request to whichever token URL it is given, as the machine-to-machine example sends it', async () => {
    for (const tokenUrl of cognito().tokenUrls.filter((url) => !url.includes('{'))) {
      const script = scriptedFetch([{ status: 200, body: { uaid: '2000000003' } }])
      const client = new UstaClient({ apiBaseUrl: 'https://stage-services.usta.com', tokenUrl, clientId: 'id', clientSecret: 's3cret', fetch: script.fetch })
      await client.getCustomer({ uaid: '2000000003' })
      const [token] = script.sent
      expect({ url: token!.url, method: token!.method, authorization: token!.headers.get('authorization'), form: token!.body }).toEqual({
        url: tokenUrl,
        method: 'POST',
        authorization: basic('id', 's3cret'),
        form: 'grant_type=client_credentials',
      })
      expect(token!.headers.get('content-type')).toBe(cognito().contentType)
    }
  })

  it("issues a token for the example's form field and for the page text's grant_type in the query with no body", async () => {
    const authorization = basic(credentials.clientId, credentials.clientSecret)
    const form = await fetch(new URL('/oauth2/token', sandbox.url), {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    })
    const query = await fetch(new URL('/oauth2/token?grant_type=client_credentials', sandbox.url), {
      method: 'POST',
      headers: { Authorization: authorization },
    })
    expect([form.status, query.status]).toEqual([200, 200])
  })

  it('has no token host built into verification: without USTA_TOKEN_URL the credentials are missing, and the variable names both hosts', async () => {
    const values = (key: string) => ({ clientId: 'id', clientSecret: 'secret' })[key]
    const api = { request: () => Promise.reject(new Error('no request may be sent')) } as unknown as VendorApi
    await expect(ustaAuth(values, api, createRedactor([])).requestToken()).rejects.toBeInstanceOf(MissingCredentials)
    const variable = verificationProfile.env.find((item) => item.key === 'tokenUrl')!
    expect(variable.name).toBe('USTA_TOKEN_URL')
    for (const url of cognito().tokenUrls.slice(0, 1).concat('https://stage-account.usta.com/oauth2/token')) expect(variable.purpose).toContain(url)
  })

  it('sends the client id and secret base64-encoded as they are, without URL-encoding them first', async () => {
    const seen: string[] = []
    const api = {
      request: async (call: { headers?: Record<string, string> }) => {
        seen.push(call.headers?.authorization ?? '')
        return { status: 200, headers: new Headers(), text: '', json: () => ({ access_token: 'token', expires_in: 60 }) }
      },
    } as unknown as VendorApi
    const values = (key: string) => ({ clientId: 'client id', clientSecret: 's3cret/+=', tokenUrl: 'https://stage-account.usta.com/oauth2/token' })[key]
    await ustaAuth(values, api, createRedactor([])).requestToken()
    expect(seen).toEqual([basic('client id', 's3cret/+=')])
  })
})

describe('USTA requests moved onto documented operations', () => {
  it('answers DELETE on a customer with 405: the reference lists GET, PUT and PATCH there', async () => {
    const { request } = entry('method-not-allowed')
    expect(request.breaks).toBe('method')
    const answer = await send('DELETE', request.path, undefined, ['method'])
    expect(answer.status).toBe(405)
  })

  it('answers a PATCH of a customer with no content type with 415, and the same PATCH with application/json with 200 and an empty body', async () => {
    const { request } = entry('unsupported-media-type')
    expect(conformance(reference, request).broken).toEqual([])
    expect((await call('PATCH', request.path, { contentType: null })).status).toBe(415)
    const valid = await call('PATCH', '/v1/customer/2000000003', { body: { lastName: 'Sample' } })
    expect({ status: valid.status, text: valid.text }).toEqual({ status: operation('updateCustomer').successStatus, text: '' })
  })

  it('answers PUT of a customer, which the reference lists and our client never sent, with 200 and an empty body', async () => {
    const answer = await send('PUT', '/v1/customer/2000000003', { firstName: 'Billie', lastName: 'Sample' })
    expect({ status: answer.status, text: answer.text }).toEqual({ status: operation('replaceCustomer').successStatus, text: '' })
  })

  it.each([
    ['PUT', '/v1/customer/2000000001/password', { currentPassword: 'a', newPassword: 'b', confirmNewPassword: 'b' }],
    ['POST', '/v1/clients', { clientOrg: '3000000001', grantType: 'client_credentials', profile: 'partner', scopes: ['customer.read'] }],
    ['PATCH', '/v1/providers/2000000002', { usptaNumber: '123456' }],
    ['GET', '/v1/providers/2000000002', undefined],
    ['DELETE', '/v1/facilities', undefined],
    ['DELETE', '/v1/facilities/4000000000', undefined],
  ] as const)('refuses %s %s, which no USTA page documents, with 404 or 405', async (method, path, body) => {
    const checked = conformance(reference, { method, path, body })
    expect(checked.operation).toBeUndefined()
    expect([404, 405]).toContain((await call(method, path, { body })).status)
  })

  it('keeps every entry whose request no operation of the reference fits as pending, with its reason', () => {
    const outside = catalog.errors.filter((item) => item.request.outsideReference !== undefined)
    expect(outside.map((item) => item.id).sort()).toEqual(
      [
        'bad-request',
        'uspta-number-must-be-unique',
        'ptr-number-must-be-unique',
        'entity-already-exists',
        'illegal-combination-of-method-arguments',
        'no-remaining-amount',
        'empty-client-org',
        'empty-password',
        'invalid-client-grant-type',
        'invalid-client-profile',
        'invalid-client-scope-set',
        'new-password-not-match',
        'wrong-password',
        'mail-trigger-error',
      ].sort(),
    )
    for (const item of outside) expect(item.pending, item.id).toBeDefined()
  })

  it('sends content-type: application/json on every API call, with or without a body, as the reference asks', async () => {
    const script = scriptedFetch([{ status: 200, body: {} }])
    const client = new UstaClient({
      apiBaseUrl: 'https://stage-services.usta.com',
      connectBaseUrl: 'https://stage-api-ustaconnect.usta.com',
      tokenUrl: 'https://stage-account-ustaconnect.usta.com/oauth2/token',
      clientId: 'id',
      clientSecret: 'secret',
      fetch: script.fetch,
    })
    await client.getCustomer({ uaid: '2000000003' })
    await client.getOrganization({ uaid: '3000000002' })
    await client.searchProvidersByName({ firstName: 'Martina', lastName: 'Sample' })
    await client.updateCustomer({ uaid: '2000000003', changes: { firstName: 'Billie' } })
    await client.upsertFacility({ facility: { facilityStatus: 'Active', name: 'Client Courts', isPrivateFlag: false } })
    const calls = script.sent.filter((request) => !request.url.endsWith('/oauth2/token'))
    expect(calls.map((request) => request.headers.get('content-type'))).toEqual(calls.map(() => 'application/json'))
    expect(calls.at(-1)!.url).toBe(`https://stage-api-ustaconnect.usta.com${FACILITIES}`)
  })
})
