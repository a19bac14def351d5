import { describe, expect, it } from 'vitest'
import { ACCOUNTING_RULES } from '../../consumers/aplos/behaviour-cases.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { vendorFailure } from './support/validation-failure.ts'

const server = useReplayServer()

describe('Aplos validation errors tell what to fix', () => {
  it.each(ACCOUNTING_RULES)('names the Aplos rule "%s" broke by its exception code', async (scenario) => {
    server.use(replay('aplos', scenario))
    const body = contractBody('aplos', scenario) as { exception: { code: number | string } }
    const error = await vendorFailure('aplos', scenario)
    expect({ kind: error.kind, code: Number(error.code) }).toEqual({ kind: 'validation', code: Number(body.exception.code) })
  })
})
