import { describe, expect, it } from 'vitest'
import type { AplosPartnerVerificationData } from '../../consumers/aplos/aplos-resources.ts'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { countingTokens } from './support/counting-tokens.ts'
import { provoke, rejection } from './support/provoke.ts'

const server = useReplayServer()

async function failure(
  scenario: 'client-unauthorized' | 'client-not-authorized-for-account' | 'client-unauthorized-per-page',
  tokens = countingTokens(),
): Promise<VendorError> {
  const error = await rejection(provoke('aplos', scenario, tokens))
  if (!isVendorError(error)) throw error
  return error
}

/**
 * Aplos's 1006 in its documented readings: the 422 the partners page documents for a refused
 * verification, contracted with the error page's envelope; the partners page's own body, which keeps
 * `data.partner_verification` beside the exception and words the message differently (pending); and
 * the error page's 401 (pending: it lists "Attempt to access data not available to the client" among
 * the causes of 401). The client reads each the same way.
 */
describe('a refused Aplos partner verification in each documented reading', () => {
  it('reads the contracted 1006 (the error page’s envelope at the partners page’s 422) as forbidden, with its code and message', async () => {
    server.use(replay('aplos', 'client-unauthorized'))
    const body = contractBody('aplos', 'client-unauthorized') as { exception: { code: number; message: string } }
    const error = await failure('client-unauthorized')
    expect({ kind: error.kind, status: error.status, code: error.code, message: error.vendorMessage, bodyProblem: error.bodyProblem }).toEqual({
      kind: 'forbidden',
      status: 422,
      code: body.exception.code,
      message: body.exception.message,
      bodyProblem: undefined,
    })
  })

  it('reads the partners page’s 1006 the same way, and keeps the verification data it carries beside the exception', async () => {
    server.use(replay('aplos', 'client-not-authorized-for-account'))
    const body = contractBody('aplos', 'client-not-authorized-for-account') as { data: AplosPartnerVerificationData; exception: { code: number } }
    const error = await failure('client-not-authorized-for-account')
    expect({ kind: error.kind, status: error.status, code: error.code, retryable: error.retryable }).toEqual({
      kind: 'forbidden',
      status: 422,
      code: body.exception.code,
      retryable: false,
    })
    expect((error.data as { data: AplosPartnerVerificationData }).data.partner_verification).toEqual({
      aplos_account_id: body.data.partner_verification.aplos_account_id,
      authorized: false,
    })
  })

  it('reads the error page’s 401 reading of 1006 as forbidden too, without asking for a new token', async () => {
    server.use(replay('aplos', 'client-unauthorized-per-page'))
    const body = contractBody('aplos', 'client-unauthorized-per-page') as { exception: { code: number; message: string } }
    const tokens = countingTokens()
    const error = await failure('client-unauthorized-per-page', tokens)
    expect({ kind: error.kind, status: error.status, code: error.code, message: error.vendorMessage, retryable: error.retryable }).toEqual({
      kind: 'forbidden',
      status: 401,
      code: body.exception.code,
      message: body.exception.message,
      retryable: false,
    })
    expect(tokens.issued).toHaveLength(1)
  })
})
