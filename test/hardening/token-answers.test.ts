import { afterEach, describe, expect, it, vi } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { loadCatalog } from '../../providers/catalog/load-catalog.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { CONTRACT_BINDINGS } from '../contract/bindings/index.ts'
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

describe.each(VENDOR_IDS)('the %s client fetching its own token', (vendor) => {
  const binding = CONTRACT_BINDINGS[vendor]!
  const entry = loadCatalog(vendor).errors.find((candidate) => candidate.request.credentials === 'valid')!

  for (const [name, body] of Object.entries(UNUSABLE_TOKEN_ANSWERS)) {
    it(`throws a VendorError, not a TypeError or RangeError, for a 200 token answer that is ${name}`, async ({ task }) => {
      // Every request, the token request first, gets the same 200 answer.
      vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }))
      const client = binding.makeClient('http://127.0.0.1:9/base', 'client-credentials') as Record<string, (args: unknown) => Promise<unknown>>
      const error = await client[entry.request.operation]!.call(client, entry.request.args).then(
        () => undefined,
        (reason: unknown) => reason,
      )
      expect(isVendorError(error), String(error)).toBe(true)
      expect(error).toMatchObject({ vendor, status: 200 })
      expect(['unexpected-shape', 'empty']).toContain((error as { bodyProblem?: string }).bodyProblem)
      recordReliability(task.meta, { faults: 1 })
    })
  }
})
