import { describe, expect, it } from 'vitest'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { vendorFailure } from './support/validation-failure.ts'

const server = useReplayServer()

describe('PlanSource validation errors tell what to fix', () => {
  it.each(['name-required', 'organization-not-found', 'form-completions-required'] as const)(
    'surfaces the PlanSource message of "%s", which names the parameter',
    async (scenario) => {
      server.use(replay('plansource', scenario))
      const body = contractBody('plansource', scenario) as { errors: { message: string } }
      const error = await vendorFailure('plansource', scenario)
      expect({ kind: error.kind, message: error.vendorMessage }).toEqual({ kind: 'validation', message: body.errors.message })
    },
  )
})
