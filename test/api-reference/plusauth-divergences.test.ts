import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { PlusAuthClient } from '../../consumers/plusauth/plusauth-client.ts'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { REFERENCE_CONTROL_PATH } from '../../providers/sandbox-kit/reference-control.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { readAnswer } from './support/read-answer.ts'

/**
 * Each divergence between our old guesses and PlusAuth's own reference (the official JS SDK, its
 * token example and the docs), probed on both sides against the reference sandbox: what the
 * reference describes is accepted, what we guessed before is refused where the reference says it is
 * wrong. Values compared with the reference are read from providers/plusauth/api-reference.json.
 */
const reference = loadApiReference('plusauth')
const operation = (id: string) => {
  const found = reference.operations.find((item) => item.id === id)
  if (!found) throw new Error(`providers/plusauth/api-reference.json has no operation ${id}`)
  return found
}
const clientCredentials = reference.tokenFlows.find((flow) => flow.id === 'client-credentials')!
const VIEW_TYPES = (operation('getView').pathParams.type?.enum ?? []).map(String)
const USERS = '/api/v1/users/'
const FIXTURE_USER = 'usr_6f1c2a9e'

let sandbox: ReferenceSandbox
let credentials: { clientId: string; clientSecret: string }
let bearer: string

interface Answer {
  status: number
  text: string
  json: unknown
}

/** A token request as the vendor's example sends it: a form with the client's id and secret. */
async function tokenRequest(fields: Record<string, string>): Promise<Answer> {
  const form = { client_id: credentials.clientId, client_secret: credentials.clientSecret, grant_type: 'client_credentials', scope: '', ...fields }
  return readAnswer(
    await fetch(`${sandbox.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    }),
  )
}

async function tokenFor(fields: Record<string, string>): Promise<string> {
  const answer = await tokenRequest(fields)
  const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
  if (typeof token !== 'string') throw new Error(`the token endpoint answered ${answer.status}: ${answer.text}`)
  return `Bearer ${token}`
}

/** The audience the reference gives, for the sandbox's URL (`<tenant url>/api/`). */
const referenceAudience = () => clientCredentials.audience!.value.replace('<tenant url>', sandbox.url)

async function call(method: string, path: string, body?: unknown, authorization = bearer): Promise<Answer> {
  const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return readAnswer(await fetch(`${sandbox.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }))
}

/** Sends a request after checking it is one the reference accepts, apart from the rules it names. */
async function send(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, breaks: string[] = []): Promise<Answer> {
  const [route, search] = path.split('?')
  const query = search === undefined ? undefined : Object.fromEntries(new URLSearchParams(search))
  expect(conformance(reference, { method, path: route!, query, body }).broken, `${method} ${path}`).toEqual(breaks)
  return call(method, path, body)
}

const errorName = (answer: Answer) => (answer.json as { error?: unknown } | undefined)?.error

beforeAll(async () => {
  sandbox = await startReferenceSandbox('plusauth')
  const described = (await (await fetch(`${sandbox.url}${REFERENCE_CONTROL_PATH}`)).json()) as { credentials: typeof credentials }
  credentials = { clientId: described.credentials.clientId, clientSecret: described.credentials.clientSecret }
  bearer = await tokenFor({ audience: referenceAudience() })
})
afterAll(async () => sandbox?.close())

describe('PlusAuth against its own reference: the token audience', () => {
  it('is <tenant url>/api/ in the reference, with the trailing slash and no version', () => {
    expect(clientCredentials.audience?.value).toBe('<tenant url>/api/')
    expect(clientCredentials.tokenUrls).toEqual(['https://{tenant}.plusauth.com/oauth2/token'])
  })

  it('opens the management API with a token for <url>/api/, as the vendor’s token example asks for it', async () => {
    expect((await call('GET', `${USERS}${FIXTURE_USER}`)).status).toBe(200)
  })

  it('answers invalid_audience on use of a token for the API base <url>/api/v1, our old audience', async () => {
    const answer = await call('GET', `${USERS}${FIXTURE_USER}`, undefined, await tokenFor({ audience: `${sandbox.url}/api/v1` }))
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: 401, error: 'invalid_audience' })
  })

  it('takes the tenant’s own host form https://{tenant}.plusauth.com/api/ and refuses its /api/v1 form', async () => {
    expect((await call('GET', `${USERS}${FIXTURE_USER}`, undefined, await tokenFor({ audience: 'https://reference.plusauth.com/api/' }))).status).toBe(200)
    const old = await call('GET', `${USERS}${FIXTURE_USER}`, undefined, await tokenFor({ audience: 'https://reference.plusauth.com/api/v1' }))
    expect(errorName(old)).toBe('invalid_audience')
  })

  it('keeps answering invalid_audience for the wrong audience of the invalid-audience entry', async () => {
    const entry = loadCatalog('plusauth').errors.find((item) => item.id === 'invalid-audience')!
    const answer = await call('GET', entry.request.path, undefined, await tokenFor({ audience: String(entry.state?.params.audience) }))
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: entry.status, error: entry.code })
  })

  it('is what our client asks for by default, so its calls are accepted', async () => {
    const client = new PlusAuthClient({ baseUrl: sandbox.url, clientId: credentials.clientId, clientSecret: credentials.clientSecret })
    expect(client.audience()).toBe(referenceAudience())
    await expect(client.getUser({ id: FIXTURE_USER })).resolves.toMatchObject({ id: FIXTURE_USER })
  })

  it('fails our client with invalid_audience when it is told to ask for /api/v1', async () => {
    const client = new PlusAuthClient({
      baseUrl: sandbox.url,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      audience: `${sandbox.url}/api/v1`,
    })
    const error = await client.getUser({ id: FIXTURE_USER }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(isVendorError(error) && { status: error.status, code: error.code }).toEqual({ status: 401, code: 'invalid_audience' })
  })

  it('answers the token with the fields the example names (access_token, expires_at, scope)', async () => {
    const answer = await tokenRequest({ audience: referenceAudience() })
    expect(Object.keys(answer.json as object).sort()).toEqual([...(clientCredentials.responseFields ?? [])].sort())
    expect((answer.json as { expires_at: number }).expires_at * 1000).toBeGreaterThan(Date.now())
  })
})

describe('PlusAuth against its own reference: scopes', () => {
  it('names read:user and write:user, which open reading and creating users', async () => {
    expect(clientCredentials.scopes?.value).toEqual(['read:user', 'write:user'])
    const reader = await tokenFor({ audience: referenceAudience(), scope: 'read:user' })
    expect((await call('GET', `${USERS}${FIXTURE_USER}`, undefined, reader)).status).toBe(200)
    expect(errorName(await call('POST', USERS, { username: 'scope.probe' }, reader))).toBe('missing_scope')
    const writer = await tokenFor({ audience: referenceAudience(), scope: 'write:user' })
    expect(errorName(await call('GET', `${USERS}${FIXTURE_USER}`, undefined, writer))).toBe('missing_scope')
  })

  it('refuses our old scope name users:read at the token endpoint', async () => {
    const answer = await tokenRequest({ audience: referenceAudience(), scope: 'users:read' })
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: 400, error: 'invalid_scope' })
  })

  it('asks for read:user in the missing-scope entry', () => {
    expect(loadCatalog('plusauth').errors.find((item) => item.id === 'missing-scope')?.state?.params.scope).toBe('read:user')
  })
})

describe('PlusAuth against its own reference: listing users', () => {
  it('answers GET /api/v1/users/ with 200 and {total, results}, where it answered 404 before', async () => {
    expect(operation('listUsers')).toMatchObject({ method: 'GET', path: USERS })
    const answer = await send('GET', USERS)
    expect(answer.status).toBe(200)
    const page = answer.json as { total: number; results: Array<{ id: string }> }
    expect(page.total).toBe(page.results.length)
    expect(page.results.map((user) => user.id)).toContain(FIXTURE_USER)
  })

  it('pages by limit and offset, offset counting pages of limit users', async () => {
    const all = (await send('GET', USERS)).json as { total: number; results: Array<{ id: string }> }
    const second = (await send('GET', `${USERS}?limit=1&offset=1`)).json as { total: number; results: Array<{ id: string }> }
    expect(second).toEqual({ total: all.total, results: [all.results[1]] })
  })

  it('is what our client sends for listUsers', async () => {
    const client = new PlusAuthClient({ baseUrl: sandbox.url, clientId: credentials.clientId, clientSecret: credentials.clientSecret })
    await expect(client.listUsers({ query: { limit: 1, offset: 0 } })).resolves.toMatchObject({ results: [expect.objectContaining({ id: FIXTURE_USER })] })
  })
})

describe('PlusAuth against its own reference: the user body', () => {
  it('nests given_name and family_name under profile', () => {
    const fields = operation('createUser').body!.fields
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['profile.given_name', 'profile.family_name']))
    expect(Object.keys(fields)).not.toContain('given_name')
  })

  it('creates a user with profile.given_name and answers it under profile', async () => {
    const answer = await send('POST', USERS, { username: 'profile.probe', profile: { given_name: 'Ada', family_name: 'Lovelace' } })
    expect(answer.status).toBeGreaterThanOrEqual(200)
    expect(answer.status).toBeLessThan(300)
    expect(answer.json).toMatchObject({ username: 'profile.probe', profile: { given_name: 'Ada', family_name: 'Lovelace' } })
    expect(answer.json).not.toHaveProperty('given_name')
  })

  it('refuses given_name at the top level, our old guess, with invalid_request', async () => {
    const answer = await send('POST', USERS, { username: 'top.level', given_name: 'Ada' }, ['unknown-field:body.given_name'])
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: 400, error: 'invalid_request' })
  })

  it('accepts null for the fields the reference makes nullable, and clears them', async () => {
    const fields = operation('updateUser').body!.fields
    expect([fields.email?.nullable, fields['profile.family_name']?.nullable, fields.email_verified?.nullable]).toEqual([true, true, true])
    const created = (await send('POST', USERS, { username: 'null.probe', email: 'null.probe@example.com', profile: { family_name: 'Byron' } })).json as {
      id: string
    }
    const answer = await send('PATCH', `${USERS}${created.id}`, { email: null, email_verified: null, profile: { family_name: null } })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ email: null, email_verified: null, profile: { family_name: null } })
  })

  it('answers invalid_entity for a user with a profile but none of username, email or phone_number', async () => {
    expect(operation('createUser').body?.requireOneOf).toEqual([['username', 'email', 'phone_number']])
    const answer = await send('POST', USERS, { profile: { given_name: 'Ada' } }, ['required-one-of:body.username|email|phone_number'])
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: 422, error: 'invalid_entity' })
  })
})

describe('PlusAuth against its own reference: view types', () => {
  it('lists 26 view types', () => {
    expect(VIEW_TYPES).toHaveLength(26)
  })

  it.each(VIEW_TYPES)('answers 200 with a view for %s', async (type) => {
    const answer = await send('GET', `/api/v1/views/${type}/`)
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ is_default: expect.any(Boolean), content: expect.any(String), type })
  })

  it.each(['checkout', 'forgot-password', 'challenge'])('answers 400 unsupported_view_template for %s, which is no PlusAuth view type', async (type) => {
    const answer = await send('GET', `/api/v1/views/${type}/`, undefined, ['enum:path.type'])
    expect({ status: answer.status, error: errorName(answer) }).toEqual({ status: 400, error: 'unsupported_view_template' })
  })
})
