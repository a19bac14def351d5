import { describe, expect, it } from 'vitest'
import type { AplosPartnerVerificationData } from '../../consumers/aplos/aplos-resources.ts'
import { isVendorError, type VendorError } from '../../consumers/errors/vendor-error.ts'
import { replay } from '../support/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { provoke, rejection } from './support/provoke.ts'

const server = useReplayServer()

async function failure(scenario: 'client-unauthorized' | 'client-not-authorized-for-account'): Promise<VendorError> {
  const error = await rejection(provoke('aplos', scenario))
  if (!isVendorError(error)) throw error
  return error
}

/**
 * Aplos's 1006 in both documented readings: the error page's envelope (contracted) and the
 * partners page's refused verification, which keeps `data.partner_verification` beside the
 * exception and words the message differently (pending). The client reads either the same way.
 */
describe('a refused Aplos partner verification in either documented reading', () => {
  it('reads the error page’s 1006 envelope as forbidden, with its code and message', async () => {
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
})
