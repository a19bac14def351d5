import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { MAX_ERROR_BODY_CHARS } from '../../consumers/http/read-error-response.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { contractBindingOf } from '../contract/support/contract-bindings.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import './support/reliability-task-meta.ts'

/** Reading an endless body must stop at the cap well within this; a bound, not a benchmark. */
const MAX_MS = 5000

let server: Server
let baseUrl: string

beforeAll(async () => {
  // An error answer whose body never ends (a hostile or broken upstream): 64 KiB chunks, forever.
  const chunk = Buffer.alloc(64 * 1024, 'x')
  server = createServer((_request, response) => {
    response.writeHead(502, { 'Content-Type': 'application/json' })
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump)
    }
    response.on('close', () => response.removeAllListeners('drain'))
    pump()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe.each(testedVendors())('the %s client', (vendor) => {
  const entry = loadCatalog(vendor).errors.find((candidate) => candidate.request.credentials === 'valid')!

  it('stops reading an endless error body at the cap and throws a VendorError, within the time bound', async ({ task }) => {
    const client = contractBindingOf(vendor).makeClient(baseUrl, 'valid') as Record<string, (args: unknown) => Promise<unknown>>
    const started = performance.now()
    const error = await client[entry.request.operation]!.call(client, entry.request.args).catch((reason: unknown) => reason)
    const elapsed = performance.now() - started
    expect(isVendorError(error), `${vendor}: ${String(error)}`).toBe(true)
    expect(error).toMatchObject({ vendor, status: 502 })
    expect((error as VendorError).rawBody).toHaveLength(MAX_ERROR_BODY_CHARS)
    expect(elapsed).toBeLessThan(MAX_MS)
    recordReliability(task.meta, { faults: 1 })
  })
})
