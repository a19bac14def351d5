import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocplannerClient } from '../../consumers/docplanner/docplanner-client.ts'
import { docplannerErrorList, parseDocplannerError } from '../../consumers/docplanner/docplanner-envelope.ts'
import { loadApiReference } from '../../providers/api-reference/load-api-reference.ts'
import { conformance } from '../../providers/api-reference/request-conformance.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { REFERENCE_CONTROL_PATH } from '../../providers/sandbox-kit/reference-control.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { readAnswer } from './support/read-answer.ts'

/**
 * Each divergence between our old guesses and Docplanner's Integrations API reference, probed on
 * both sides against the reference sandbox: what the reference describes is accepted, what we
 * guessed before is refused or answered differently. Values compared with the reference are read
 * from providers/docplanner/api-reference.json.
 */
const reference = loadApiReference('docplanner')
const operation = (id: string) => {
  const found = reference.operations.find((item) => item.id === id)
  if (!found) throw new Error(`providers/docplanner/api-reference.json has no operation ${id}`)
  return found
}

const API = '/api/v3/integration'
const ADDRESS = `${API}/facilities/12345/doctors/67890/addresses/24680`
const SERVICE = '55555'
const ACCEPT = 'application/vnd.docplanner+json; charset=UTF-8, application/vnd.error+docplanner+json'

/** Day `n` from now at `hh:mm` UTC, written as the reference asks (`+00:00`, no milliseconds). */
const at = (n: number, time: string) => `${new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)}T${time}:00+00:00`

let sandbox: ReferenceSandbox
let credentials: { clientId: string; clientSecret: string }
let bearer: string

interface Answer {
  status: number
  contentType: string | null
  text: string
  json: unknown
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { Authorization: bearer, Accept: ACCEPT }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { ...(await readAnswer(response)), contentType: response.headers.get('content-type') }
}

/** Sends a request after checking it is one the reference accepts, apart from the rule it names. */
async function send(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown, breaks: string[] = []): Promise<Answer> {
  expect(conformance(reference, { method, path, body }).broken, `${method} ${path}`).toEqual(breaks)
  return call(method, path, body)
}

const publish = (slots: unknown[]) => send('PUT', `${ADDRESS}/slots`, { slots })
const slot = (start: string, end: string) => ({ start, end, address_services: [{ address_service_id: SERVICE, duration: 30 }] })
const book = (start: string, booking: Record<string, unknown>, breaks: string[] = []) =>
  send('POST', `${ADDRESS}/slots/${encodeURIComponent(start)}/book`, booking, breaks)
const patient = { name: 'Ada', phone: '500000000' }

beforeAll(async () => {
  sandbox = await startReferenceSandbox('docplanner')
  const described = (await (await fetch(`${sandbox.url}${REFERENCE_CONTROL_PATH}`)).json()) as { credentials: typeof credentials }
  credentials = described.credentials
  // The guide's curl sample: `curl -u client_id:client_secret -d grant_type=client_credentials -d scope=integration`.
  const token = await fetch(`${sandbox.url}/oauth/v2/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=integration',
  })
  bearer = `Bearer ${((await token.json()) as { access_token: string }).access_token}`
})
afterAll(async () => sandbox?.close())

describe('Docplanner slots and bookings, as the API reference has them', () => {
  it('replaceSlots answers 201 with no body, not the 204 we guessed', async () => {
    const answer = await publish([slot(at(1, '08:00'), at(1, '08:30'))])
    expect(operation('replaceSlots').successStatus).toBe(201)
    expect({ status: answer.status, text: answer.text }).toEqual({ status: operation('replaceSlots').successStatus, text: '' })
    expect(answer.status).not.toBe(204)
  })

  it('bookSlot answers 200 with the booking, not the 201 we guessed', async () => {
    const start = at(1, '09:00')
    await publish([slot(start, at(1, '09:30'))])
    const answer = await book(start, { address_service_id: SERVICE, duration: 30, patient: { ...patient, surname: 'Example' } })
    expect(operation('bookSlot').successStatus).toBe(200)
    expect(answer.status).toBe(operation('bookSlot').successStatus)
    expect(answer.status).not.toBe(201)
    expect(answer.json).toMatchObject({ id: expect.any(String), status: 'booked', start_at: start, end_at: at(1, '09:30'), duration: 30 })
  })

  it('answers successes as application/vnd.docplanner+json, errors as application/vnd.error+docplanner+json', async () => {
    expect((await send('GET', `${API}/facilities`)).contentType).toBe('application/vnd.docplanner+json; charset=UTF-8')
    expect((await send('GET', `${ADDRESS}/bookings/99999999`)).contentType).toBe('application/vnd.error+docplanner+json')
  })

  it('accepts a booking without a surname (optional since API 1.0.6), which we had required', async () => {
    expect(operation('bookSlot').body?.fields['patient.surname']?.required).toBe(false)
    const start = at(1, '10:00')
    await publish([slot(start, at(1, '10:30'))])
    const answer = await book(start, { address_service_id: SERVICE, duration: 30, patient })
    expect(answer.status, answer.text).toBe(200)
  })

  it.each([
    ['patient.phone', { address_service_id: SERVICE, duration: 30, patient: { name: 'Ada' } }],
    ['duration', { address_service_id: SERVICE, patient }],
    ['address_service_id', { duration: 30, patient }],
    ['patient.name', { address_service_id: SERVICE, duration: 30, patient: { phone: '500000000' } }],
  ])('refuses a booking without %s, which the reference requires', async (field, booking) => {
    expect(operation('bookSlot').body?.fields[field]?.required).toBe(true)
    const start = at(1, '11:00')
    await publish([slot(start, at(1, '11:30'))])
    const answer = await book(start, booking, [`required:body.${field}`])
    expect({ status: answer.status, errors: docplannerErrorList(answer.json) }).toEqual({
      status: 400,
      errors: [expect.stringMatching(new RegExp(`^${field}: `))],
    })
  })

  it('answers a booking of a slot already booked with 404 "requested target slot not found", not the page’s 409', async () => {
    expect(operation('bookSlot').errorStatuses).toContain(404)
    expect(operation('bookSlot').errorStatuses).not.toContain(409)
    const start = at(1, '12:00')
    await publish([slot(start, at(1, '12:30'))])
    expect((await book(start, { address_service_id: SERVICE, duration: 30, patient })).status).toBe(200)
    const again = await book(start, { address_service_id: SERVICE, duration: 30, patient })
    expect(again.status).toBe(404)
    expect(parseDocplannerError(again.json)?.message).toBe(`Unable to perform booking. Requested target slot (${start}) not found`)
  })

  it.each([
    ['null', null],
    ['empty', []],
  ])('accepts %s address_services, which removes the slots in the item’s range (we refused it)', async (_name, services) => {
    expect(operation('replaceSlots').body?.fields['slots[].address_services']).toMatchObject({ required: false, nullable: true })
    const start = at(2, '09:00')
    await publish([slot(start, at(2, '09:30'))])
    const removed = await publish([{ start: at(2, '08:00'), end: at(2, '18:00'), address_services: services }])
    expect(removed.status).toBe(201)
    expect((await book(start, { address_service_id: SERVICE, duration: 30, patient })).status).toBe(404)
  })

  it('replaces only the slots within the ranges a request covers, not every slot of the address', async () => {
    const kept = at(3, '09:00')
    await publish([slot(kept, at(3, '09:30'))])
    await publish([slot(at(4, '09:00'), at(4, '09:30'))])
    expect((await book(kept, { address_service_id: SERVICE, duration: 30, patient })).status).toBe(200)
  })
})

describe('Docplanner tokens, as the guide, the OpenAPI document and the PHP SDK send them', () => {
  it('answers the guide’s curl request with a bearer token and scope null, as the documented sample does', async () => {
    const answer = await fetch(`${sandbox.url}/oauth/v2/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=integration',
    })
    const body = (await answer.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual([...reference.tokenFlows[0]!.responseFields!].sort())
    expect({ status: answer.status, token_type: body.token_type, scope: body.scope, expires_in: body.expires_in }).toEqual({
      status: 200,
      token_type: 'bearer',
      scope: null,
      expires_in: reference.tokenFlows[0]!.lifetimeSeconds,
    })
  })

  it('issues a token to the PHP SDK’s request: a multipart body holding the client credentials, without a Content-Type', async () => {
    const boundary = 'c2f1d3a0b6e54f5c9a7e8d1b2c3d4e5f6a7b8c9d'
    const fields = { grant_type: 'client_credentials', scope: 'integration', client_id: credentials.clientId, client_secret: credentials.clientSecret }
    const body = Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Length: ${value.length}\r\n\r\n${value}\r\n`)
      .join('')
    // A byte body, so fetch adds no Content-Type of its own (Guzzle sets none for a raw MultipartStream).
    const answer = await fetch(`${sandbox.url}/oauth/v2/token`, { method: 'POST', body: new TextEncoder().encode(`${body}--${boundary}--\r\n`) })
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { access_token?: unknown }).access_token).toEqual(expect.any(String))
  })

  it('refuses a token request whose client secret is wrong, in Basic or in the form', async () => {
    const basic = await fetch(`${sandbox.url}/oauth/v2/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${credentials.clientId}:wrong`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=integration',
    })
    const form = await fetch(`${sandbox.url}/oauth/v2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'integration', client_id: credentials.clientId, client_secret: 'wrong' }).toString(),
    })
    expect([basic.status, form.status]).toEqual([401, 401])
  })
})

describe('Docplanner rate limits, as the API reference numbers them', () => {
  it('counts GET requests against a quota of 8000 an hour, not the 1000 we guessed', async () => {
    const says = reference.contradictions
      .find((item) => item.about.startsWith('rate-limit'))!
      .readings.find((reading) => reading.source === 'integrations-openapi')!.says
    expect(says).toContain('8000 requests per hour')
    const response = await fetch(`${sandbox.url}${API}/facilities`, { headers: { Authorization: bearer } })
    expect(response.headers.get('x-ratelimit-limit')).toBe('8000')
  })
})

describe('the Docplanner error body, in both readings the API reference gives errors', () => {
  const examples = reference.errorShapes.filter((shape) => shape.example !== undefined).map((shape) => shape.example as { message: string; errors: unknown })
  const keyed = examples.find((example) => typeof example.errors === 'object' && example.errors !== null && !Array.isArray(example.errors))!
  const listed = examples.find((example) => Array.isArray(example.errors))!

  it('reads the Error schema’s reading, errors as an array of strings', () => {
    expect(parseDocplannerError(listed)).toEqual({ code: null, message: listed.message })
    expect(parseDocplannerError({ message: 'Invalid arguments', errors: ['slots[0].start: This value is not a valid datetime.'] })).toEqual({
      code: null,
      message: 'Invalid arguments',
    })
  })

  it('reads the 400 examples’ reading, errors keyed by field, and names the field', () => {
    const [field, messages] = Object.entries(keyed.errors as Record<string, string[]>)[0]!
    expect(parseDocplannerError(keyed)).toEqual({ code: null, message: 'Invalid arguments', field })
    expect(docplannerErrorList(keyed)).toEqual(messages.map((message) => `${field}: ${message}`))
  })

  it('raises a validation error from the sandbox’s 400 and keeps the per-field strings', async () => {
    const client = new DocplannerClient({ baseUrl: sandbox.url, ...credentials })
    const error = await client
      .replaceSlots({
        facilityId: '12345',
        doctorId: '67890',
        addressId: '24680',
        request: { slots: [{ start: 'next Tuesday at nine', end: at(1, '12:00') }] },
      })
      .then(
        () => undefined,
        (reason: unknown) => reason as { kind: string; status: number; data: unknown; bodyProblem: unknown },
      )
    expect(error).toMatchObject({ kind: 'validation', status: 400, bodyProblem: undefined })
    expect(docplannerErrorList(error!.data)).toEqual(['slots[0].start: This value is not a valid datetime.'])
  })
})

describe('the Docplanner client against the reference sandbox', () => {
  it('publishes slots (201, no body) and books one for a patient without a surname (200)', async () => {
    const client = new DocplannerClient({ baseUrl: sandbox.url, ...credentials })
    const place = { facilityId: '12345', doctorId: '67890', addressId: '24680' }
    const start = at(5, '09:00')
    await expect(client.replaceSlots({ ...place, request: { slots: [slot(start, at(5, '09:30'))] } })).resolves.toBeUndefined()
    await expect(
      client.bookSlot({ ...place, start, booking: { address_service_id: SERVICE, duration: 30, patient: { name: 'Ada', phone: null } } }),
    ).resolves.toMatchObject({ status: 'booked', start_at: start })
  })
})
