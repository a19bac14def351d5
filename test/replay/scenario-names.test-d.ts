import { describe, expectTypeOf, it } from 'vitest'
import type { ScenarioName } from '../../consumers/replay/replay.ts'
import { replay } from '../../consumers/replay/replay.ts'
import type { REPLAY_SCENARIOS } from '../../consumers/replay/scenarios.generated.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'

/** Two vendors from the data (the first two discovered); the test holds for any two. */
const vendor = VENDOR_IDS[0]
type Vendor = (typeof VENDOR_IDS)[0]
type Other = (typeof VENDOR_IDS)[1]
/** One of the first vendor's own scenario names. */
type OwnName = (typeof REPLAY_SCENARIOS)[Vendor][0]
/** A scenario name only the other vendor has (never, and the last check then fails, if it had none). */
declare const othersOnly: Exclude<ScenarioName<Other>, ScenarioName<Vendor>>

describe('replay scenario names', () => {
  it('accept the vendor own names only', () => {
    expectTypeOf<OwnName>().toExtend<ScenarioName<Vendor>>()
    expectTypeOf<`${OwnName}-misspelt`>().not.toExtend<ScenarioName<Vendor>>()
    // @ts-expect-error a misspelt scenario name does not compile
    replay(vendor, 'no-such-scenario-misspelt')
    // @ts-expect-error another vendor's scenario does not compile
    replay(vendor, othersOnly)
  })
})
