import { describe, expect, it } from 'vitest'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { withRetry } from '../../consumers/retry/with-retry.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody, contractInteraction } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'

const server = useReplayServer()

async function failure(scenario: string): Promise<VendorError> {
  const error = await rejection(provoke('plansource', scenario))
  if (!isVendorError(error)) throw error
  return error
}

/**
 * PlanSource's Admin API OpenAPI shows some errors without the `error_code` and `details` keys the
 * error page shows as null; the catalog keeps those readings as pending interactions. Our client
 * reads them as the same errors.
 */
describe('PlanSource errors in the shape the Admin API reference shows them', () => {
  it.each([
    ['forbidden-per-reference', 'forbidden', 'forbidden'],
    ['form-completions-required-per-reference', 'form-completions-required', 'validation'],
    ['internal-error-per-reference', 'internal-error', 'server'],
  ] as const)('"%s" reads as the same error as the page’s "%s" (%s), with no code', async (reading, page, kind) => {
    server.use(replay('plansource', reading))
    const body = contractBody('plansource', reading) as { errors: Record<string, unknown> }
    expect(Object.keys(body.errors)).not.toContain('error_code')
    const error = await failure(reading)
    expect({ kind: error.kind, status: error.status, code: error.code, message: error.vendorMessage, problem: error.bodyProblem }).toEqual({
      kind,
      status: contractInteraction('plansource', page).response.status,
      code: null,
      message: body.errors.message,
      problem: undefined,
    })
  })

  it('retries the reference’s 500 as it retries the page’s', async () => {
    server.use(replay('plansource', 'internal-error-per-reference', { times: 3 }))
    let attempts = 0
    const error = await rejection(
      withRetry(
        () => {
          attempts++
          return provoke('plansource', 'internal-error-per-reference')
        },
        { sleep: async () => undefined },
      ),
    )
    expect(isVendorError(error) && { kind: error.kind, retryable: error.retryable, attempts }).toEqual({ kind: 'server', retryable: true, attempts: 3 })
  })
})
