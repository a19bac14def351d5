import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ERROR_KINDS } from '../../consumers/errors/error-kind.ts'
import { isVendorError, VendorError } from '../../consumers/errors/vendor-error.ts'
import { MAX_ERROR_BODY_CHARS } from '../../consumers/http/read-error-response.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { recordFastCheck, recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { contractBindingOf } from '../contract/support/contract-bindings.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { hostileAnswer } from './support/hostile-answer.ts'
import { hostileBody } from './support/hostile-bodies.ts'
import { errorStatus, hostileHeaders } from './support/hostile-headers.ts'
import { propertySettings } from './support/property-settings.ts'
import './support/reliability-task-meta.ts'

/** A whole call, from request to typed error, must end within this bound; a bound, not a benchmark. */
const MAX_MS_PER_CALL = 1000
const BODY_PROBLEMS = new Set([undefined, 'empty', 'not-json', 'wrong-content-type', 'unexpected-shape'])
const KINDS: ReadonlySet<string> = new Set(ERROR_KINDS)
const decoder = new TextDecoder()

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Calls one catalog operation on the vendor's real client and returns what it threw. */
async function failureOf(client: object, operation: string, args: unknown): Promise<unknown> {
  const method = (client as Record<string, (args: unknown) => Promise<unknown>>)[operation]
  if (typeof method !== 'function') throw new Error(`the client has no operation "${operation}" (the catalog names it)`)
  try {
    await method.call(client, args)
  } catch (error) {
    return error
  }
  return undefined
}

describe.each(testedVendors())('the %s client reading an error answer', (vendor) => {
  const entries = loadCatalog(vendor).errors
  // Every catalog request, plus, where the client can fetch its own token (its binding lists
  // client-credentials), each API request made by a client that must fetch one first.
  const fetchesTokens = contractBindingOf(vendor).modes.includes('client-credentials')
  const tokenFirst = entries
    .filter((entry) => fetchesTokens && entry.request.credentials === 'valid')
    .map((entry) => ({ ...entry.request, credentials: 'client-credentials' as const }))
  const call = fc.constantFrom(...entries.map((entry) => entry.request), ...tokenFirst)
  const breaks = fc.oneof({ weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })

  it('throws a VendorError that keeps the raw body, capped, for any status, headers and body, within the time bound', async ({ task }) => {
    const settings = propertySettings()
    await fc.assert(
      fc.asyncProperty(
        call,
        errorStatus,
        hostileHeaders,
        hostileBody(entries.map((entry) => entry.body)),
        breaks,
        async (request, status, headers, body, broken) => {
          vi.stubGlobal('fetch', async () => hostileAnswer(status, headers, body, broken))
          const client = contractBindingOf(vendor).makeClient('http://127.0.0.1:9/base', request.credentials)
          const started = performance.now()
          const error = await failureOf(client, request.operation, request.args)
          const elapsed = performance.now() - started

          expect(error, `${vendor} ${request.operation}: ${String(error)}`).toBeInstanceOf(VendorError)
          expect(isVendorError(error)).toBe(true)
          const vendorError = error as VendorError
          expect(vendorError).toMatchObject({ vendor, status })
          const expectedBody = broken ? '' : decoder.decode(body.bytes).slice(0, MAX_ERROR_BODY_CHARS)
          expect(vendorError.rawBody.length).toBeLessThanOrEqual(MAX_ERROR_BODY_CHARS)
          expect(vendorError.rawBody === expectedBody, `rawBody differs for ${body.shape}`).toBe(true)
          if (broken) expect(vendorError.cause).toBeDefined()
          expect(KINDS.has(vendorError.kind)).toBe(true)
          expect(BODY_PROBLEMS.has(vendorError.bodyProblem)).toBe(true)
          if (vendorError.rawBody.trim() === '') expect(vendorError.bodyProblem).toBe('empty')
          expect(vendorError.code === null || typeof vendorError.code === 'string' || Number.isFinite(vendorError.code)).toBe(true)
          expect(vendorError.vendorMessage === null || typeof vendorError.vendorMessage === 'string').toBe(true)
          expect(vendorError.field === undefined || typeof vendorError.field === 'string').toBe(true)
          const wait = vendorError.retryAfterMs
          expect(wait === undefined || (Number.isFinite(wait) && wait >= 0), `retryAfterMs ${wait}`).toBe(true)
          expect(typeof vendorError.message).toBe('string')
          expect(elapsed, `${body.shape} took ${Math.round(elapsed)} ms`).toBeLessThan(MAX_MS_PER_CALL)
        },
      ),
      settings,
    )
    recordReliability(task.meta, { inputs: settings.numRuns })
    recordFastCheck(task.meta, settings)
  })

  it('resolves or throws a VendorError, never another exception, for a success status with any body', async ({ task }) => {
    const settings = propertySettings(process.env, 0.5)
    const success = fc.integer({ min: 200, max: 299 })
    await fc.assert(
      fc.asyncProperty(call, success, hostileHeaders, hostileBody(entries.map((entry) => entry.body)), async (request, status, headers, body) => {
        vi.stubGlobal('fetch', async () => hostileAnswer(status, headers, body, false))
        const client = contractBindingOf(vendor).makeClient('http://127.0.0.1:9/base', request.credentials)
        const started = performance.now()
        const error = await failureOf(client, request.operation, request.args)
        const elapsed = performance.now() - started
        if (error !== undefined) expect(isVendorError(error), `${body.shape}: ${String(error)}`).toBe(true)
        expect(elapsed, `${body.shape} took ${Math.round(elapsed)} ms`).toBeLessThan(MAX_MS_PER_CALL)
      }),
      settings,
    )
    recordReliability(task.meta, { inputs: settings.numRuns })
    recordFastCheck(task.meta, settings)
  })
})
