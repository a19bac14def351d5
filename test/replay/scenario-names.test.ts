import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadContracts } from '../../consumers/replay/load-contracts.ts'
import { SCENARIOS_COMMAND, SCENARIOS_FILE, scenarioNamesSource } from '../../scripts/lib/replay/scenario-names-source.ts'
import { REPLAY_SCENARIOS } from '../../consumers/replay/scenarios.generated.ts'

describe('scenario names', () => {
  it('are generated from the committed contracts', () => {
    const fresh = scenarioNamesSource()
    const committed = readFileSync(SCENARIOS_FILE, 'utf8')
    expect(committed === fresh, `${SCENARIOS_FILE} is stale: run \`${SCENARIOS_COMMAND}\` and commit it`).toBe(true)
  })

  it('name every interaction of every vendor by its short name', () => {
    for (const [vendor, contracts] of loadContracts()) {
      const names: readonly string[] = REPLAY_SCENARIOS[vendor as keyof typeof REPLAY_SCENARIOS] ?? []
      expect(contracts.interactions.map((interaction) => interaction.id).filter((id) => !names.includes(id))).toEqual([])
    }
  })
})
