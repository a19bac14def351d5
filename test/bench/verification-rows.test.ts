import { describe, expect, it } from 'vitest'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { verificationRows } from '../../scripts/lib/bench/verification-rows.ts'
import type { VerificationRun } from '../../scripts/lib/bench/verification-timing.ts'

function run(serialWallMs: number, parallelWallMs: number, loopbackMs: number): VerificationRun {
  return {
    // Any two vendors: the rows do not depend on which.
    vendors: VENDOR_IDS.slice(0, 2),
    interactions: 10,
    loopbackMs,
    serialWallMs,
    parallelWallMs,
    serialByVendorMs: {},
    serialInWorkerMs: 30,
    parallelInWorkerMs: 40,
  }
}

describe('verificationRows', () => {
  it('takes each ratio within one run before summarising over runs', () => {
    // Run one: 100 ms / 1 ms; run two: 400 ms / 2 ms; run three: 300 ms / 1 ms per interaction.
    const rows = verificationRows([run(1000, 500, 1), run(4000, 2000, 2), run(3000, 1000, 1)])
    const ratio = rows.find((row) => row.metric === 'ratio serial / loopback')!
    expect(ratio.unit).toBe('×')
    expect(ratio.figure).toEqual({ median: 200, min: 100, max: 300, runs: 3 })
  })

  it('gives the serial per-interaction cost as wall time over interactions', () => {
    const rows = verificationRows([run(1000, 500, 1)])
    expect(rows.find((row) => row.metric.startsWith('serial'))!.figure.median).toBe(100)
    expect(rows.find((row) => row.metric.startsWith('parallel'))!.figure.median).toBe(50)
  })

  it('misses the speed-up target when the parallel run is not faster', () => {
    const rows = verificationRows([run(1000, 1000, 1)])
    expect(rows.find((row) => row.metric === 'speed-up serial / parallel')!.ok).toBe(false)
  })

  it('refuses an empty list of runs', () => {
    expect(() => verificationRows([])).toThrow(Error)
  })
})
