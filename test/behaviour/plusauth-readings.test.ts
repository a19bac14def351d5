import { describe, expect, it } from 'vitest'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'

const server = useReplayServer()

async function failure(scenario: 'entity-not-found' | 'entity-not-found-per-reference'): Promise<VendorError> {
  const error = await rejection(provoke('plusauth', scenario))
  if (!isVendorError(error)) throw error
  return error
}

/**
 * PlusAuth's error page writes the envelope's `status` as a quoted "<STATUS_CODE>", its official
 * SDK types it as a number; the catalog contracts the page's reading and keeps the SDK's as a
 * pending entry. Our client reads the error the same way from either.
 */
describe('PlusAuth errors with status as a string (the page) or a number (the SDK)', () => {
  it.each([
    ['entity-not-found', 'string'],
    ['entity-not-found-per-reference', 'number'],
  ] as const)('"%s" (status a %s) reads as the page’s entity_not_found', async (scenario, type) => {
    server.use(replay('plusauth', scenario))
    const body = contractBody('plusauth', scenario) as { error: string; error_description: string; status: unknown }
    expect(typeof body.status).toBe(type)
    const error = await failure(scenario)
    expect({ kind: error.kind, status: error.status, code: error.code, message: error.vendorMessage, problem: error.bodyProblem }).toEqual({
      kind: 'not-found',
      status: 404,
      code: body.error,
      message: body.error_description,
      problem: undefined,
    })
    expect(String(body.status)).toBe(String(error.status))
  })
})
