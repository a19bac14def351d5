import { afterEach, describe, expect, it, vi } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { contractBindingOf } from '../contract/support/contract-bindings.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import './support/reliability-task-meta.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** 2xx token answers without a usable token, keyed by what they are; each must end in a VendorError. */
const UNUSABLE_TOKEN_ANSWERS = {
  'JSON null': 'null',
  'an empty body': '',
  'an object without access_token': '{"token_type":"bearer","expires_in":3600}',
  'an empty access_token': '{"access_token":"","expires_in":"soon"}',
  // JSON.parse reads this fine; any recursive walker (JSON.stringify included) overflows on it.
  'an array nested 10,000 levels deep': '['.repeat(10_000) + ']'.repeat(10_000),
} as const

/** The vendors whose client can fetch its own token (their binding lists client-credentials); others are not asked. */
const fetchingTokens = testedVendors().filter((vendor) => contractBindingOf(vendor).modes.includes('client-credentials'))

describe.each(fetchingTokens)('the %s client fetching its own token', (vendor) => {
  const entry = loadCatalog(vendor).errors.find((candidate) => candidate.request.credentials === 'valid')

  for (const [name, body] of Object.entries(UNUSABLE_TOKEN_ANSWERS)) {
    it(`throws a VendorError, not a TypeError or RangeError, for a 200 token answer that is ${name}`, async ({ task }) => {
      expect(entry, `${vendor}: the catalog has no request sent with a valid token, for the client to fetch one first`).toBeDefined()
      // Every request, the token request first, gets the same 200 answer.
      vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }))
      const client = contractBindingOf(vendor).makeClient('http://127.0.0.1:9/base', 'client-credentials') as Record<
        string,
        (args: unknown) => Promise<unknown>
      >
      const operation = client[entry!.request.operation]
      expect(operation, `${vendor}: the client has no operation "${entry!.request.operation}" (add it in consumers/${vendor}/)`).toBeTypeOf('function')
      const error = await operation!.call(client, entry!.request.args).then(
        () => undefined,
        (reason: unknown) => reason,
      )
      expect(isVendorError(error), `${vendor}: ${String(error)}`).toBe(true)
      expect(error).toMatchObject({ vendor, status: 200 })
      expect(['unexpected-shape', 'empty']).toContain((error as { bodyProblem?: string }).bodyProblem)
      recordReliability(task.meta, { faults: 1 })
    })
  }
})
