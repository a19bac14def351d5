import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { contractBindingOf } from '../contract/support/contract-bindings.ts'
import { testedVendors } from '../support/tested-vendors.ts'

/** Answers that are not what any vendor documents, keyed by what they imitate. */
const MALFORMED = {
  'an HTML page from a proxy': { status: 502, type: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>', problem: 'not-json' },
  'an empty body': { status: 503, type: 'application/json', body: '', problem: 'empty' },
  'truncated JSON': { status: 500, type: 'application/json', body: '{"errors": {"message": "Internal', problem: 'not-json' },
  'JSON of another shape': { status: 400, type: 'application/json', body: '[1, 2, 3]', problem: 'unexpected-shape' },
  'plain text': { status: 404, type: 'text/plain', body: 'Not Found', problem: 'not-json' },
} as const

let server: Server
let baseUrl: string
let answer: (typeof MALFORMED)[keyof typeof MALFORMED] = MALFORMED['an empty body']

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'Content-Type': answer.type })
    response.end(answer.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe.each(testedVendors())('the %s client', (vendor) => {
  const entry = loadCatalog(vendor).errors.find((candidate) => candidate.request.credentials === 'valid')!

  it.each(Object.keys(MALFORMED) as Array<keyof typeof MALFORMED>)('raises a typed error that keeps the raw body for %s', async (name) => {
    answer = MALFORMED[name]
    const client = contractBindingOf(vendor).makeClient(baseUrl, 'valid') as Record<string, (args: unknown) => Promise<unknown>>
    const error = await client[entry.request.operation]!.call(client, entry.request.args).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(isVendorError(error), `${vendor}: ${String(error)}`).toBe(true)
    const vendorError = error as VendorError
    expect(vendorError).toMatchObject({ vendor, status: answer.status, rawBody: answer.body, bodyProblem: answer.problem })
    expect(vendorError.request.method).toBe(entry.request.method)
  })

  it('raises a network error, not a TypeError, when nothing answers', async () => {
    const client = contractBindingOf(vendor).makeClient('http://127.0.0.1:9', 'valid') as Record<string, (args: unknown) => Promise<unknown>>
    const error = await client[entry.request.operation]!.call(client, entry.request.args).catch((reason: unknown) => reason)
    expect(error).toMatchObject({ name: 'VendorError', kind: 'network', status: 0, retryable: true })
  })
})
