import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AplosClient } from '../../consumers/aplos/aplos-client.ts'
import { staticToken } from '../../consumers/auth/token-source.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { aplosDemoClient, decryptAplosToken } from '../../providers/aplos/reference-probes.ts'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { REFERENCE_CONTROL_PATH } from '../../providers/sandbox-kit/reference-control.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'

/**
 * Each divergence between the suite's old guesses and Aplos's own references (its resource pages,
 * its C# library and samples) and a partner's production client (PEX, with its Postman
 * collection), probed both ways on the reference sandbox: the reference's shape is accepted, the
 * old guess refused where the reference says it is wrong.
 */
const reference = loadApiReference('aplos')
const catalog = loadCatalog('aplos')
const operation = (id: string) => reference.operations.find((item) => item.id === id)!
const entry = (id: string) => catalog.errors.find((item) => item.id === id)!
const API = '/hermes/api/v1'

/** A body as PEX's Postman collection posts it: the expense line first, then the register line, one fund. */
const postmanTransaction = (changes: Record<string, unknown> = {}) => ({
  date: '2024-03-01',
  note: 'Office chairs',
  lines: [
    { amount: 120, account: { account_number: 5000 }, fund: { id: 1 } },
    { amount: -120, account: { account_number: 1000 }, fund: { id: 1 } },
  ],
  ...changes,
})

let sandbox: ReferenceSandbox
let demo: { clientId: string; privateKey: string; accountId: string; restrictedClientId: string }
/** The main client's token; a new auth call revokes the previous one, so it is fetched once and refreshed where a test asks again. */
let token: string

type Answer = { status: number; body: { version?: string; status?: number; data?: Record<string, unknown>; exception?: { code?: unknown; message?: unknown } } }

async function authCall(clientId: string): Promise<{ status: number; body: { data?: { token?: string; expires?: string } } }> {
  const answer = await fetch(`${sandbox.url}${API}/auth/${clientId}`)
  return { status: answer.status, body: (await answer.json()) as { data?: { token?: string; expires?: string } } }
}

async function tokenOf(clientId: string): Promise<string> {
  return decryptAplosToken((await authCall(clientId)).body.data!.token!, demo.privateKey)
}

async function api(
  method: string,
  path: string,
  options: { body?: unknown; query?: Record<string, string>; headers?: Record<string, string>; authorization?: string } = {},
): Promise<Answer> {
  const url = new URL(`${API}${path}`, sandbox.url)
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value)
  const headers: Record<string, string> = { Authorization: options.authorization ?? `Bearer: ${token}`, ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const answer = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  return { status: answer.status, body: (await answer.json()) as Answer['body'] }
}

beforeAll(async () => {
  sandbox = await startReferenceSandbox('aplos')
  demo = ((await (await fetch(`${sandbox.url}${REFERENCE_CONTROL_PATH}`)).json()) as { credentials: typeof demo }).credentials
  token = await tokenOf(demo.clientId)
})
afterAll(async () => sandbox?.close())

describe('the Aplos token request, as the auth guide and Aplos’s samples send it', () => {
  it('is a token flow of the reference, not an API operation, and answers the token encrypted for the account', async () => {
    const request = { method: 'GET', path: `${API}/auth/${demo.clientId}` }
    expect(conformance(reference, request)).toEqual({ operation: 'client-key-pair', broken: [] })
    const answer = await authCall(demo.clientId)
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body.data!).sort()).toEqual(['expires', 'token'])
    token = decryptAplosToken(answer.body.data!.token!, demo.privateKey)
  })

  it('hands out the private key as Aplos issues it, base64 PKCS#8 DER without PEM armour, which decrypts the token', async () => {
    const { privateKey } = await aplosDemoClient(sandbox.url)
    expect(privateKey).not.toContain('-----BEGIN')
    expect(privateKey).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect((await api('GET', '/accounts')).status).toBe(200)
  })
})

describe('the Authorization header: Bearer with a colon, as documented, and without, as Aplos’s Python sample sends it', () => {
  it('records both readings in the reference', () => {
    const scheme = reference.contradictions.find((item) => item.about.startsWith('Authorization header scheme'))!
    expect(scheme.readings.map((reading) => reading.source)).toEqual(expect.arrayContaining(['docs-accounts', 'sample-python']))
    expect(reference.tokenFlows[0]!.apiAuthorization).toBe('Authorization: Bearer: <token>')
  })

  it('accepts "Bearer: <token>" and "Bearer <token>", and cannot locate a token sent any other way (1002)', async () => {
    expect((await api('GET', '/funds', { authorization: `Bearer: ${token}` })).status).toBe(200)
    expect((await api('GET', '/funds', { authorization: `Bearer ${token}` })).status).toBe(200)
    const other = await api('GET', '/funds', { authorization: `Token ${token}` })
    expect({ status: other.status, code: other.body.exception?.code }).toEqual({ status: 401, code: 1002 })
  })
})

describe('funds and individual contributions: routine reads with the client’s own token', () => {
  it.each([
    ['listFunds', '/funds', 'funds'],
    ['listIndividualContributions', '/individual_contributions', 'contributions'],
  ])('%s answers %s with an ordinary token, as the reference says (our old guess refused it with 403 3000)', async (id, path, key) => {
    const answer = await api('GET', path)
    expect(answer.status).toBe(operation(id).successStatus)
    expect(Array.isArray(answer.body.data?.[key])).toBe(true)
  })

  it('refuses them only to the sandbox’s restricted demo client, so the catalog’s 403 3000 entries are pending with the reason', async () => {
    const restricted = await tokenOf(demo.restrictedClientId)
    const answer = await api('GET', '/funds', { authorization: `Bearer: ${restricted}` })
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 403, code: 3000 })
    for (const id of ['forbidden', 'unauthorized']) {
      expect(entry(id).request.outsideReference, id).toMatch(/routine read with the client's own token/)
      expect(entry(id).pending, id).toBeDefined()
    }
  })
})

describe('GET /partners/verify, with the account named as the partners page names it', () => {
  it('requires the query parameter api-client-id in the reference, and the catalog sends it', () => {
    expect(operation('verifyPartner').query['api-client-id']!.required).toBe(true)
    expect(conformance(reference, { method: 'GET', path: `${API}/partners/verify` }).broken).toEqual(['required:query.api-client-id'])
    expect(entry('client-unauthorized').request.query).toEqual({ 'api-client-id': '999999' })
  })

  it('answers 200 with data.partner_verification for an account that authorized the client (our old guess answered {verified: true})', async () => {
    const answer = await api('GET', '/partners/verify', { query: { 'api-client-id': demo.accountId } })
    expect(answer.status).toBe(operation('verifyPartner').successStatus)
    expect(answer.body.data).toEqual({ partner_verification: { aplos_account_id: demo.accountId, authorized: true } })
  })

  it('takes PEX’s reading too: the account as the aplos-account-id query parameter or header', async () => {
    const pex = reference.contradictions.find((item) => item.about.includes('/partners/verify names the account'))!
    expect(pex.readings.map((reading) => reading.source)).toEqual(['docs-partners', 'pex-client', 'pex-client-2021'])
    for (const options of [{ query: { 'aplos-account-id': demo.accountId } }, { headers: { 'aplos-account-id': demo.accountId } }]) {
      const answer = await api('GET', '/partners/verify', options)
      expect({ status: answer.status, authorized: (answer.body.data?.partner_verification as { authorized?: unknown })?.authorized }).toEqual({
        status: 200,
        authorized: true,
      })
    }
  })

  it('refuses an account that has not authorized the client with the partners page’s 422 body, data kept beside the exception', async () => {
    const answer = await api('GET', '/partners/verify', { query: { 'api-client-id': '999999' } })
    const documented = reference.errorShapes.find((shape) => shape.operation === 'verifyPartner')!.example as Answer['body']
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({
      ...documented,
      data: { partner_verification: { aplos_account_id: '999999', authorized: false } },
    })
  })

  it('refuses the old request that named no account (422, an assumed 3002)', async () => {
    const answer = await api('GET', '/partners/verify')
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 422, code: 3002 })
  })

  it('is sent by the client with api-client-id and no partner header, and its refusal keeps the verification data', async () => {
    const seen: Array<{ url: string; headers: Headers }> = []
    const spy: typeof fetch = async (input, init) => {
      seen.push({ url: String(input instanceof Request ? input.url : input), headers: new Headers(init?.headers) })
      return fetch(input, init)
    }
    const client = new AplosClient({ baseUrl: sandbox.url, accountId: demo.accountId, fetch: spy, tokens: staticToken(token) })
    const verified = await client.verifyPartner({ accountId: demo.accountId })
    expect(verified.data.partner_verification).toEqual({ aplos_account_id: demo.accountId, authorized: true })
    expect(new URL(seen[0]!.url).searchParams.get('api-client-id')).toBe(demo.accountId)
    expect(seen[0]!.headers.has('aplos-account-id')).toBe(false)
    const refused = await client.verifyPartner({ accountId: '999999' }).catch((error: unknown) => error)
    expect(isVendorError(refused) && { status: refused.status, code: refused.code, kind: refused.kind, data: (refused.data as Answer['body']).data }).toEqual({
      status: 422,
      code: 1006,
      kind: 'forbidden',
      data: { partner_verification: { aplos_account_id: '999999', authorized: false } },
    })
  })
})

describe('partner mode: the optional aplos-account-id header on data calls', () => {
  it('is sent by a client configured with an account id, and the sandbox serves the account it names', async () => {
    const seen: Headers[] = []
    const spy: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers))
      return fetch(input, init)
    }
    const client = new AplosClient({ baseUrl: sandbox.url, accountId: demo.accountId, fetch: spy, tokens: staticToken(token) })
    await client.listFunds()
    expect(seen[0]!.get('aplos-account-id')).toBe(demo.accountId)
  })

  it('is left out in client mode, and an account that has not authorized the client is refused (an assumed 422 1006)', async () => {
    expect((await api('GET', '/accounts')).status).toBe(200)
    const answer = await api('GET', '/accounts', { headers: { 'aplos-account-id': '999999' } })
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 422, code: 1006 })
  })
})

describe('POST /transactions, with the body PEX’s Postman collection and client send', () => {
  it('types contact and memo in the reference, which states no success status', () => {
    const fields = operation('createTransaction').body!.fields
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['memo', 'contact', 'contact.id', 'contact.companyname', 'contact.type']))
    expect(operation('createTransaction').successStatus).toBeUndefined()
  })

  it('accepts a transaction with contact and memo and answers 200 (our old guess answered 201, which no source mentions)', async () => {
    const body = postmanTransaction({ memo: 'Invoice 42', contact: { id: 1 }, amount: 120 })
    expect(conformance(reference, { method: 'POST', path: `${API}/transactions`, body }).broken).toEqual([])
    const answer = await api('POST', '/transactions', { body })
    expect(answer.status).toBe(200)
    const transaction = answer.body.data?.transaction as { memo: string; contact: { id: number }; lines: unknown[] }
    expect({ memo: transaction.memo, contact: transaction.contact.id }).toEqual({ memo: 'Invoice 42', contact: 1 })
    expect(transaction.lines[0]).toMatchObject({ amount: 120, account: { account_number: 5000 }, fund: { id: 1 } })
  })

  it('accepts a contact by company name and type, a null memo, and the client sends both as typed', async () => {
    const client = new AplosClient({ baseUrl: sandbox.url, tokens: staticToken(token) })
    const created = await client.createTransaction({
      transaction: postmanTransaction({ memo: null, contact: { companyname: 'Chair Outlet', type: 'company' } }),
    })
    expect(created.data.transaction).toMatchObject({ memo: null, contact: { companyname: 'Chair Outlet', type: 'company' } })
    const wrongType = await api('POST', '/transactions', { body: postmanTransaction({ contact: { companyname: 'Chair Outlet', type: 'vendor' } }) })
    expect(
      conformance(reference, { method: 'POST', path: `${API}/transactions`, body: postmanTransaction({ contact: { companyname: 'x', type: 'vendor' } }) })
        .broken,
    ).toEqual(['enum:body.contact.type'])
    expect({ status: wrongType.status, code: wrongType.body.exception?.code }).toEqual({ status: 422, code: 4002 })
  })

  it('takes the expense line first (our old rule wanted an asset first line) and refuses 4007 only when no line is on an asset account', async () => {
    expect((await api('POST', '/transactions', { body: postmanTransaction() })).status).toBe(200)
    const noAsset = entry('invalid-account-type').request.body
    const answer = await api('POST', '/transactions', { body: noAsset })
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 422, code: 4007 })
  })

  it('lists transactions without lines and gives one transaction its lines with account and fund nested', async () => {
    const list = await api('GET', '/transactions')
    const items = list.body.data?.transactions as Array<Record<string, unknown>>
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => !('lines' in item) && 'memo' in item && 'contact' in item && 'created' in item)).toBe(true)
    const one = await api('GET', `/transactions/${String(items[0]!.id)}`)
    expect((one.body.data?.transaction as { lines: unknown[] }).lines[0]).toEqual({
      id: expect.any(Number),
      amount: expect.any(Number),
      account: { account_number: expect.any(Number), name: expect.any(String) },
      fund: { id: 1, name: expect.any(String) },
    })
  })
})

describe('the transaction date: yyyy-MM-dd in every Aplos example, a date-time from PEX', () => {
  it('breaks exactly format:body.date with "31/01/2024", which answers 4002, as the catalog’s invalid-data-format entry names', async () => {
    const { request } = entry('invalid-data-format')
    expect(request.breaks).toBe('format:body.date')
    expect(conformance(reference, request).broken).toEqual(['format:body.date'])
    const answer = await api('POST', '/transactions', { body: request.body })
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 422, code: 4002 })
  })

  it('takes a date-time with a time part, as PEX’s client posts it, and books it on its day', async () => {
    const answer = await api('POST', '/transactions', { body: postmanTransaction({ date: '2024-03-02T00:00:00' }) })
    expect(answer.status).toBe(200)
    expect((answer.body.data?.transaction as { date: string }).date).toBe('2024-03-02')
  })
})

describe('accounts: the asset/income/expense classification is in category, not type', () => {
  it('answers category with a value of the f_type filter, and type Register for the bank account (our old guess put asset in type)', async () => {
    const accounts = (await api('GET', '/accounts')).body.data?.accounts as Array<{ account_number: number; category: string; type?: string }>
    const classes = operation('listAccounts').query.f_type!.enum!
    expect(accounts.every((account) => classes.includes(account.category))).toBe(true)
    expect(accounts.find((account) => account.account_number === 1000)).toMatchObject({ category: 'asset', type: 'Register' })
    expect(accounts.some((account) => classes.includes(account.type ?? ''))).toBe(false)
  })
})

describe('methods the reference does not document', () => {
  it('POST /accounts breaks exactly method, as the catalog’s method-not-allowed entry names, and answers 405', async () => {
    const { request } = entry('method-not-allowed')
    expect([request.breaks, ...conformance(reference, request).broken]).toEqual(['method', 'method'])
    const answer = await api('POST', '/accounts', { body: {} })
    expect({ status: answer.status, code: answer.body.exception?.code }).toEqual({ status: 405, code: 3001 })
  })

  it('has no PUT on transactions, so the catalog’s missing-input entry is pending with the reason', () => {
    expect(conformance(reference, entry('missing-input').request).broken).toEqual(['method'])
    expect(entry('missing-input').request.outsideReference).toMatch(/no source documents a PUT or DELETE on transactions/)
    expect(entry('missing-input').pending).toBeDefined()
  })
})
