import { afterEach, describe, expect, it, vi } from 'vitest'
import { AplosClient } from '../../consumers/aplos/aplos-client.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import './support/reliability-task-meta.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** JSON that JSON.parse reads fine but any recursive walker (JSON.stringify included) overflows on. */
const NESTED_10K = '['.repeat(10_000) + ']'.repeat(10_000)

describe('a 200 token answer nested 10,000 levels deep', () => {
  it('becomes an Aplos VendorError of unexpected shape, not a RangeError', async ({ task }) => {
    vi.stubGlobal('fetch', async () => new Response(NESTED_10K, { status: 200, headers: { 'content-type': 'application/json' } }))
    const client = new AplosClient({ baseUrl: 'http://127.0.0.1:9', clientId: 'client-id', decryptToken: (token) => token })
    const error = await client.listFunds().catch((reason: unknown) => reason)
    expect(isVendorError(error)).toBe(true)
    expect(error).toMatchObject({ vendor: 'aplos', status: 200, bodyProblem: 'unexpected-shape' })
    recordReliability(task.meta, { faults: 1 })
  })
})
