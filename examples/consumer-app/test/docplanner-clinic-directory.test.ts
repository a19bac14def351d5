import { http, HttpResponse } from 'msw'
import { staticToken } from 'vendor-error-contracts/auth'
import { DocplannerClient } from 'vendor-error-contracts/docplanner'
import { isVendorError } from 'vendor-error-contracts/errors'
import { replay } from 'vendor-error-contracts/replay'
import { describe, expect, it } from 'vitest'
import { listClinics } from '../src/clinic-directory.ts'
import { useReplayServer } from './replay-server.ts'

const DOCPLANNER = 'https://www.znanylekarz.pl'
const server = useReplayServer()
const facilities = () => HttpResponse.json({ _items: [{ id: 12345, name: 'Clinic on Main Street' }] })
const noWait = { sleep: async () => {} }

describe('listClinics', () => {
  it('retries when Docplanner answers 503 and lists the clinics of the next answer', async () => {
    server.use(http.get(`${DOCPLANNER}/api/v3/integration/facilities`, facilities))
    server.use(replay('docplanner', 'service-unavailable', { times: 1 }))
    const retries: number[] = []
    const docplanner = new DocplannerClient({ baseUrl: DOCPLANNER, tokens: staticToken('app-token') })
    const clinics = await listClinics(docplanner, { ...noWait, onRetry: ({ attempt }) => void retries.push(attempt) })
    expect(clinics).toEqual([{ id: '12345', name: 'Clinic on Main Street' }])
    expect(retries).toEqual([1])
  })

  it('gives up after three attempts while Docplanner stays unavailable, with a retryable server error', async () => {
    server.use(replay('docplanner', 'service-unavailable'))
    const docplanner = new DocplannerClient({ baseUrl: DOCPLANNER, tokens: staticToken('app-token') })
    const error: unknown = await listClinics(docplanner, noWait).catch((reason: unknown) => reason)
    expect(isVendorError(error) && { vendor: error.vendor, status: error.status, kind: error.kind, retryable: error.retryable }).toEqual({
      vendor: 'docplanner',
      status: 503,
      kind: 'server',
      retryable: true,
    })
  })

  it('fetches a new token when Docplanner says the token expired, and repeats the call with it', async () => {
    const issued: string[] = []
    const sent: string[] = []
    server.use(
      http.post(`${DOCPLANNER}/oauth/v2/token`, () => {
        issued.push(`token-${issued.length + 1}`)
        return HttpResponse.json({ access_token: issued.at(-1), token_type: 'bearer', expires_in: 3600 })
      }),
      http.get(`${DOCPLANNER}/api/v3/integration/facilities`, facilities),
    )
    server.use(replay('docplanner', 'unauthorized', { times: 1 }))
    const record = ({ request }: { request: Request }) => void (request.method === 'GET' && sent.push(request.headers.get('authorization') ?? ''))
    server.events.on('request:start', record)
    const docplanner = new DocplannerClient({ baseUrl: DOCPLANNER, clientId: 'our-client', clientSecret: 'our-secret' })
    try {
      await expect(listClinics(docplanner, noWait)).resolves.toHaveLength(1)
    } finally {
      server.events.removeListener('request:start', record)
    }
    expect(issued).toEqual(['token-1', 'token-2'])
    expect(sent).toEqual(['Bearer token-1', 'Bearer token-2'])
  })
})
