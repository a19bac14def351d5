import { createSign, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signClientAssertion } from '../../consumers/auth/sign-client-assertion.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { PlanSourceClient } from '../../consumers/plansource/plansource-client.ts'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { REFERENCE_CONTROL_PATH } from '../../providers/sandbox-kit/reference-control.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'

/**
 * Each divergence between the suite's old guesses and PlanSource's own references (the
 * access-token guide, the Admin API's OpenAPI document), probed both ways on the reference
 * sandbox: the reference's shape is accepted, the old guess refused where the reference says it
 * is wrong.
 */
const reference = loadApiReference('plansource')
const operation = (id: string) => reference.operations.find((item) => item.id === id)!
const tokenFlow = reference.tokenFlows.find((flow) => flow.id === 'client-assertion')!
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

let sandbox: ReferenceSandbox
let demo: { clientId: string; privateKey: string }
let hostname: string

beforeAll(async () => {
  sandbox = await startReferenceSandbox('plansource')
  hostname = new URL(sandbox.url).hostname
  demo = ((await (await fetch(`${sandbox.url}${REFERENCE_CONTROL_PATH}`)).json()) as { credentials: typeof demo }).credentials
})
afterAll(async () => sandbox?.close())

/** A JWT with exactly the claims given, signed RS256 by the demo client's key. */
function assertion(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(demo.privateKey).toString('base64url')}`
}

/** The claims the guide lists, with changes. */
function guideClaims(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  return { iss: demo.clientId, sub: demo.clientId, aud: hostname, exp: now + 60, jti: randomUUID(), scopes: 'admin_api_v2', ...changes }
}

/** The guide's form, with changes (`undefined` leaves a parameter out). */
function guideForm(claims: Record<string, unknown>, changes: Record<string, string | undefined> = {}): Record<string, string> {
  const form: Record<string, string | undefined> = {
    grant_type: 'client_credentials',
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: assertion(claims),
    code: randomUUID(),
    ...changes,
  }
  return Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

async function requestToken(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await fetch(`${sandbox.url}/oauth/v2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> }
}

async function token(): Promise<string> {
  const answer = await requestToken(guideForm(guideClaims()))
  return answer.body.access_token as string
}

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: { status?: string; errors?: unknown; data?: unknown } }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await token()}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const answer = await fetch(`${sandbox.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: answer.status, body: (await answer.json()) as { status?: string; errors?: unknown; data?: unknown } }
}

describe('the PlanSource token request, as the access-token guide describes it', () => {
  it('issues a token to the guide’s form: the client-credentials grant, the JWT-bearer assertion and a random code', async () => {
    const form = guideForm(guideClaims())
    expect(Object.keys(form).sort()).toEqual([...tokenFlow.params!.required].sort())
    const answer = await requestToken(form)
    expect(answer.status).toBe(200)
    expect(answer.body.access_token).toEqual(expect.any(String))
  })

  it('refuses an assertion whose aud is the full token URL (our old guess) and accepts the bare hostname', async () => {
    expect(tokenFlow.audience).toMatchObject({ in: 'jwt-claim', value: expect.stringContaining('hostname') })
    const withUrl = await requestToken(guideForm(guideClaims({ aud: `${sandbox.url}/oauth/v2/token` })))
    expect(withUrl).toMatchObject({ status: 401, body: { error: 'invalid_client' } })
    expect((await requestToken(guideForm(guideClaims({ aud: hostname })))).status).toBe(200)
  })

  it('refuses an assertion without a scopes claim, even with scope=admin_api_v2 as a form parameter (our old guess)', async () => {
    expect(tokenFlow.scopes).toMatchObject({ in: 'jwt-claim', claim: 'scopes', value: ['admin_api_v2'] })
    const { scopes: _scopes, ...withoutScopes } = guideClaims()
    const answer = await requestToken(guideForm(withoutScopes, { scope: 'admin_api_v2' }))
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_scope' } })
  })

  it('refuses a token request without the code parameter', async () => {
    expect(tokenFlow.params!.required).toContain('code')
    const answer = await requestToken(guideForm(guideClaims(), { code: undefined }))
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_request', error_description: expect.stringContaining('code') } })
  })

  it('refuses our old request whole: scope and client_id parameters, aud the token URL, no scopes claim, no code', async () => {
    const { scopes: _scopes, ...oldClaims } = guideClaims({ aud: `${sandbox.url}/oauth/v2/token` })
    const answer = await requestToken(guideForm(oldClaims, { code: undefined, scope: 'admin_api_v2', client_id: demo.clientId }))
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.body.access_token).toBeUndefined()
  })

  it('ignores scope and client_id parameters sent beside the guide’s form', async () => {
    expect((await requestToken(guideForm(guideClaims(), { scope: 'admin_api_v2', client_id: demo.clientId }))).status).toBe(200)
  })

  it('identifies the client by sub; iss must be present, but its value is not read', async () => {
    expect(tokenFlow.jwtClaims!.values.sub).toMatch(/client_id/)
    expect((await requestToken(guideForm(guideClaims({ iss: 'anything' })))).status).toBe(200)
    const { iss: _iss, ...withoutIss } = guideClaims()
    expect((await requestToken(guideForm(withoutIss))).status).toBe(401)
    expect((await requestToken(guideForm(guideClaims({ sub: 'no-such-client' })))).status).toBe(401)
  })

  it('still answers an expired assertion that is otherwise the guide’s with "token has expired"', async () => {
    const answer = await requestToken(guideForm(guideClaims({ exp: Math.floor(Date.now() / 1000) - 3600 })))
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_request', error_description: 'token has expired' } })
  })

  it('issues a token to our client’s request, signed with the audience and scopes the client hands over', async () => {
    const client = new PlanSourceClient({
      baseUrl: sandbox.url,
      clientId: demo.clientId,
      clientAssertion: ({ audience, scopes, clientId }) => signClientAssertion({ clientId: clientId!, audience, scopes, privateKey: demo.privateKey }),
    })
    await expect(client.getCoverageMeta()).resolves.toMatchObject({ status: 'success' })
  })
})

describe('GET /admin/v2/coverage/meta takes no parameters', () => {
  it('answers the request without parameters with 200 and coverage metadata', async () => {
    expect(operation('getCoverageMeta').query).toEqual({})
    const answer = await api('GET', '/admin/v2/coverage/meta')
    expect(answer.status).toBe(operation('getCoverageMeta').successStatus)
    expect(answer.body).toMatchObject({ status: 'success', errors: [], data: { termination_reasons: expect.any(Object) } })
  })

  it('no longer answers "Invalid coverage" to coverage_id (our old guess): the parameter is not the operation’s, and nothing names a coverage', async () => {
    expect(conformance(reference, { method: 'GET', path: '/admin/v2/coverage/meta', query: { coverage_id: '777777' } }).broken).toEqual([
      'unknown-field:query.coverage_id',
    ])
    expect((await api('GET', '/admin/v2/coverage/meta?coverage_id=777777')).status).toBe(200)
  })
})

describe('GET /admin/v2/coverage/{coverage_id}/lines names the coverage in its path', () => {
  it('answers 404 "Invalid coverage" for an unknown coverage id, as the reference documents, and 200 for a known one', async () => {
    expect(operation('getCoverageLines').errorStatuses).toContain(404)
    const shape = reference.errorShapes.find((item) => item.operation === 'getCoverageLines' && item.status === 404)!
    const unknown = await api('GET', '/admin/v2/coverage/777777/lines')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject(shape.example as object)
    expect((await api('GET', '/admin/v2/coverage/1/lines')).status).toBe(operation('getCoverageLines').successStatus)
  })
})

describe('the subscriber body has no organization_code; organizations are named on POST /administrator', () => {
  const administrator = {
    user: { user_name: 'divergence_admin' },
    roles: ['Master Administrator'],
    organization_codes: ['652'],
    org_populations: ['all'],
    far_lookup_code: 'read_only',
    user_type: 'org_admin',
  }

  it('creates the subscriber when organization_code is sent (our old guess): the field is not the subscriber’s, so it never answers the organization 400', async () => {
    expect(Object.keys(operation('createSubscriber').body!.fields)).not.toContain('organization_code')
    const answer = await api('POST', '/admin/v2/subscriber', { first_name: 'Ada', last_name: 'Example', organization_code: '652' })
    expect(answer.status).toBe(200)
    expect(JSON.stringify(answer.body)).not.toContain('Organization(s)')
  })

  it('answers POST /administrator naming an unknown organization code with the reference’s 400 "Organization(s) with code(s) 652 not found."', async () => {
    expect(conformance(reference, { method: 'POST', path: '/admin/v2/administrator', body: administrator })).toEqual({
      operation: 'createAdministrator',
      broken: [],
    })
    const shape = reference.errorShapes.find((item) => item.operation === 'createAdministrator' && item.status === 400)!
    const answer = await api('POST', '/admin/v2/administrator', administrator)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject(shape.example as object)
  })

  it('creates an administrator in a known organization', async () => {
    const answer = await api('POST', '/admin/v2/administrator', { ...administrator, organization_codes: ['100'] })
    expect(answer.status).toBe(operation('createAdministrator').successStatus)
  })

  it('refuses an administrator body without its required attributes before looking at the organizations', async () => {
    const { far_lookup_code: _far, user_type: _type, ...incomplete } = administrator
    expect(conformance(reference, { method: 'POST', path: '/admin/v2/administrator', body: incomplete }).broken).toEqual([
      'required:body.far_lookup_code',
      'required:body.user_type',
    ])
    const answer = await api('POST', '/admin/v2/administrator', incomplete)
    expect(answer).toMatchObject({ status: 400, body: { errors: { message: 'Invalid Attributes: far_lookup_code, user_type is/are required.' } } })
  })
})

describe('form_completions is an object', () => {
  const completion = { ssn: '000-00-0000', benefits: 'subscriber_life', completed: 'true' }

  it('accepts an object and answers the reference’s counts', async () => {
    expect(operation('completeForms').body!.fields.form_completions).toMatchObject({ type: 'object', required: true })
    const answer = await api('PUT', '/admin/v2/eoi/form_completions', { form_completions: completion })
    expect(answer.status).toBe(operation('completeForms').successStatus)
    expect(answer.body.data).toEqual({ valid_count: 1, failed_count: 0, failed_rows: [] })
  })

  it('refuses a list of completions (our old guess) with a 400', async () => {
    expect(conformance(reference, { method: 'PUT', path: '/admin/v2/eoi/form_completions', body: { form_completions: [completion] } }).broken).toEqual([
      'type:body.form_completions',
    ])
    expect((await api('PUT', '/admin/v2/eoi/form_completions', { form_completions: [completion] })).status).toBe(400)
  })

  it('answers 422 "Parameter \'form_completions\' is required" when it is left out, also when the schema’s decisions wrapper is sent instead', async () => {
    for (const body of [{}, { decisions: completion }]) {
      const answer = await api('PUT', '/admin/v2/eoi/form_completions', body)
      expect(answer).toMatchObject({ status: 422, body: { errors: { message: "Parameter 'form_completions' is required" } } })
    }
  })
})

describe('our PlanSource client sends what the reference describes', () => {
  interface Sent {
    method: string
    url: URL
    body: string
  }

  function recordingClient(sent: Sent[]) {
    return new PlanSourceClient({
      baseUrl: 'https://partner-dev-api.plansource.com',
      clientId: 'api-user',
      clientAssertion: ({ audience, scopes, clientId }) => `assertion-for:${clientId}:${audience}:${scopes}`,
      fetch: async (input, init) => {
        sent.push({ method: init?.method ?? 'GET', url: new URL(String(input)), body: String(init?.body ?? '') })
        const body =
          new URL(String(input)).pathname === '/oauth/v2/token' ? { access_token: 'token', expires_in: 300 } : { status: 'success', errors: [], data: {} }
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
      },
    })
  }

  it('asks for a token with the guide’s form only, a new code each time, and an assertion for the host name and admin_api_v2', async () => {
    const sent: Sent[] = []
    const client = recordingClient(sent)
    await client.requestToken()
    await client.requestToken()
    const forms = sent.map((request) => Object.fromEntries(new URLSearchParams(request.body)))
    expect(Object.keys(forms[0]!).sort()).toEqual([...tokenFlow.params!.required].sort())
    expect(forms[0]).toMatchObject({
      grant_type: tokenFlow.grantType,
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: 'assertion-for:api-user:partner-dev-api.plansource.com:admin_api_v2',
    })
    expect(forms[0]!.code).not.toBe(forms[1]!.code)
    expect(conformance(reference, { method: sent[0]!.method, path: sent[0]!.url.pathname }).operation).toBe(tokenFlow.id)
  })

  it('signs the scopes claim into the assertion when asked, and leaves it out otherwise', () => {
    const { privateKey } = demo
    const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
    expect(claimsOf(signClientAssertion({ clientId: 'c', audience: 'host.example', scopes: 'admin_api_v2', privateKey }))).toMatchObject({
      sub: 'c',
      aud: 'host.example',
      scopes: 'admin_api_v2',
    })
    expect(claimsOf(signClientAssertion({ clientId: 'c', audience: 'https://host.example/token', privateKey }))).not.toHaveProperty('scopes')
  })

  it('sends requests that conform to the operations of the reference', async () => {
    const sent: Sent[] = []
    const client = recordingClient(sent)
    const calls: Array<[string, () => Promise<unknown>]> = [
      [
        'createSubscriber',
        () => client.createSubscriber({ subscriber: { first_name: 'Ada', last_name: 'Example', birthdate: '1980-01-01' }, isCustomId: false }),
      ],
      ['getEoiSubscriber', () => client.getEmployee({ id: '1001' })],
      ['getCoverageMeta', () => client.getCoverageMeta()],
      ['getCoverageLines', () => client.getCoverageLines({ coverageId: '7', planYear: 'current', startDate: '2026-01-01' })],
      ['completeForms', () => client.completeForms({ request: { form_completions: { ssn: '000-00-0000', benefits: 'life', completed: 'false' } } })],
      [
        'createAdministrator',
        () =>
          client.createAdministrator({
            request: { user: { user_name: 'a' }, roles: ['r'], organization_codes: ['100'], far_lookup_code: 'read_only', user_type: 'master_admin' },
          }),
      ],
    ]
    const problems: string[] = []
    for (const [expected, call] of calls) {
      await call()
      const request = sent.at(-1)!
      const checked = conformance(reference, {
        method: request.method,
        path: request.url.pathname,
        query: Object.fromEntries(request.url.searchParams),
        body: request.body === '' ? undefined : (JSON.parse(request.body) as unknown),
      })
      if (checked.operation !== expected || checked.broken.length > 0) problems.push(`${expected}: ${checked.operation ?? 'none'} ${checked.broken.join(', ')}`)
    }
    expect(problems).toEqual([])
  })

  it('reads every error body the reference documents as the envelope, with its message', async () => {
    for (const shape of reference.errorShapes.filter((item) => item.example !== undefined)) {
      const example = shape.example as { errors: { message: string; error_code?: string | number } }
      const client = new PlanSourceClient({
        baseUrl: 'https://partner-dev-api.plansource.com',
        fetch: async () => new Response(JSON.stringify(example), { status: shape.status, headers: { 'Content-Type': 'application/json' } }),
      })
      const error: unknown = await client.getCoverageMeta().catch((reason: unknown) => reason)
      expect(isVendorError(error) && { code: error.code, message: error.vendorMessage, problem: error.bodyProblem }, shape.at).toEqual({
        code: example.errors.error_code ?? null,
        message: example.errors.message,
        problem: undefined,
      })
    }
  })
})
