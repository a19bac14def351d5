import { describe, expect, it } from 'vitest'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { vendorFailure } from './support/validation-failure.ts'

const server = useReplayServer()

describe('USTA validation errors tell what to fix', () => {
  it("surfaces USTA's subject as the invalid field", async () => {
    server.use(replay('usta', 'validation-error-example'))
    const body = contractBody('usta', 'validation-error-example') as { errors: Array<{ subject: string; errorCode: number }> }
    const error = await vendorFailure('usta', 'validation-error-example')
    expect({ kind: error.kind, field: error.field, code: error.code }).toEqual({
      kind: 'validation',
      field: body.errors[0]!.subject,
      code: body.errors[0]!.errorCode,
    })
  })
})
