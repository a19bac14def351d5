import { describe, expectTypeOf, it } from 'vitest'
import type { ScenarioName } from '../support/replay/replay.ts'
import { replay } from '../support/replay/replay.ts'

describe('replay scenario names', () => {
  it('accept the vendor own names only', () => {
    expectTypeOf<'employee-not-found'>().toExtend<ScenarioName<'plansource'>>()
    expectTypeOf<'employe-not-found'>().not.toExtend<ScenarioName<'plansource'>>()
    // @ts-expect-error a misspelt scenario name does not compile
    replay('plansource', 'employe-not-found')
    // @ts-expect-error another vendor's scenario does not compile
    replay('plansource', 'entity-not-found')
  })
})
