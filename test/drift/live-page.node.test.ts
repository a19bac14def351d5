import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conventionFile } from '../../providers/vendor-conventions.ts'
import { DRIFT_USER_AGENT } from '../../scripts/lib/drift/fetch-live-page.ts'
import { readValidators } from '../../scripts/lib/drift/page-validators.ts'
import { pageUrlVariable, runDrift } from '../../scripts/lib/drift/run-drift.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { scratchRoot } from './support/scratch-root.ts'
import { htmlPage } from './support/snapshot.ts'

/** Some vendor (the first tested one), whose page the server serves as the live site does. */
const vendor = testedVendors()[0]!
const PAGE_HTML = htmlPage(vendor)
const ETAG = `"${vendor}-v2"`
const LAST_MODIFIED = 'Wed, 03 Mar 2021 10:00:00 GMT'

/** Every request the page server saw, newest last. */
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = []
let server: Server
let base = ''
const cleanups: Array<() => void> = []

/** The vendor's page and the ways a page server fails, by path. */
const ROUTES: Record<string, (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void> = {
  '/page': (request, response) => {
    if (request.headers['if-none-match'] === ETAG) return void response.writeHead(304, { etag: ETAG }).end()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: ETAG, 'last-modified': LAST_MODIFIED }).end(PAGE_HTML)
  },
  '/slow': () => {
    // Never answers: the client's timeout must end the wait.
  },
  '/unavailable': (_request, response) => void response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>'),
  '/image': (_request, response) => void response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/huge': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    let sent = 0
    const send = () => {
      while (sent < 50 && !response.destroyed) {
        sent++
        if (!response.write(chunk)) return void response.once('drain', send)
      }
      response.end()
    }
    send()
  },
  '/moved': (_request, response) => void response.writeHead(301, { location: '/page' }).end(),
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ path: request.url ?? '', headers: request.headers })
    const route = ROUTES[request.url ?? '']
    if (route) route(request, response)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  cleanups.forEach((cleanup) => cleanup())
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function project(): string {
  const scratch = scratchRoot()
  cleanups.push(scratch.remove)
  return scratch.root
}

async function live(path: string, options: { root?: string; accept?: boolean; timeoutMs?: number } = {}) {
  const report = await runDrift({
    vendors: [vendor],
    live: true,
    root: options.root ?? project(),
    accept: options.accept ?? false,
    timeoutMs: options.timeoutMs ?? 5_000,
    env: { [pageUrlVariable(vendor)]: `${base}${path}` },
  })
  return report.vendors[0]!
}

describe('drift --live against a page server on 127.0.0.1', () => {
  it('fetches the page with a clear user agent, reads its HTML and finds no drift', async () => {
    const result = await live('/page')
    expect(result).toMatchObject({ outcome: 'unchanged', source: `${base}/page` })
    const request = seen.at(-1)!
    expect(request.headers['user-agent']).toBe(DRIFT_USER_AGENT)
    expect(request.headers['if-none-match']).toBeUndefined()
  })

  it('stores the accepted page with its validators, so the next run costs a 304', async () => {
    const root = project()
    const first = await live('/page', { root, accept: true })
    expect(first).toMatchObject({ outcome: 'unchanged', accepted: conventionFile('snapshot', vendor) })
    expect(readValidators(root, vendor)).toEqual({ url: `${base}/page`, etag: ETAG, lastModified: LAST_MODIFIED })

    const second = await live('/page', { root })
    expect(seen.at(-1)!.headers).toMatchObject({ 'if-none-match': ETAG, 'if-modified-since': LAST_MODIFIED })
    expect(second).toMatchObject({ outcome: 'unchanged', notModified: true })
    expect(second.accepted).toBeUndefined()
  })

  it('follows a redirect to the page', async () => {
    expect(await live('/moved')).toMatchObject({ outcome: 'unchanged' })
  })

  it.each([
    ['a server that never answers', '/slow', 'fetch-failed'],
    ['a 503', '/unavailable', 'fetch-failed'],
    ['a page that is not HTML or text', '/image', 'unreadable'],
    ['a 50 MB page', '/huge', 'too-large'],
    ['a missing page', '/nowhere', 'fetch-failed'],
  ])('reports %s as an error, not as drift', async (_name, path, problem) => {
    const started = Date.now()
    const result = await live(path, { timeoutMs: 500 })
    expect(result).toMatchObject({ outcome: 'error', changes: [], error: { problem } })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses a page address that is not http(s)', async () => {
    const report = await runDrift({ vendors: [vendor], live: true, root: project(), env: { [pageUrlVariable(vendor)]: 'file:///etc/passwd' } })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'bad-url' } })
    expect(report.vendors[0]!.error!.message).toContain(pageUrlVariable(vendor))
  })

  it('keeps credentials in a page address out of the report', async () => {
    const report = await runDrift({
      vendors: [vendor],
      live: true,
      root: project(),
      timeoutMs: 2_000,
      env: { [pageUrlVariable(vendor)]: `http://reader:s3cr3t-canary@127.0.0.1:${new URL(base).port}/unavailable?token=canary-token` },
    })
    expect(report.vendors[0]).toMatchObject({ outcome: 'error', error: { problem: 'bad-url' } })
    expect(JSON.stringify(report)).not.toMatch(/s3cr3t-canary|canary-token/)
  })
})
