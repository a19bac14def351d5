/**
 * The synthetic vendors' contract tests, run by the contract-generation benchmark: the real
 * contract loop and PlanSource's real client over each synthetic catalog root listed in
 * `BENCH_CATALOG_ROOTS` (separated by the path delimiter; several small vendors of the same size
 * make one sample long enough to time on a noisy machine).
 * A warm-up vendor (`BENCH_WARMUP_ROOT`, its own consumer name and pact file) runs first, so the
 * measured vendor does not pay for warming up pact-core, the client code and the JIT: without
 * it a 10-interaction vendor would cost several times more per interaction than a big one and
 * hide any growth. Writes the measured vendors' time, from the first test to the last merged
 * pact file, into `BENCH_TIMING_FILE`.
 */
import { writeFileSync } from 'node:fs'
import { delimiter } from 'node:path'
import { afterAll, afterEach, beforeAll, describe } from 'vitest'
import { plansourceBinding } from '../../../test/contract/bindings/plansource-binding.ts'
import { describeCatalogContracts } from '../../../test/contract/support/describe-catalog-contracts.ts'

const roots = process.env.BENCH_CATALOG_ROOTS?.split(delimiter).filter(Boolean)
const warmUpRoot = process.env.BENCH_WARMUP_ROOT
const timingFile = process.env.BENCH_TIMING_FILE
if (!roots?.length || !warmUpRoot || !timingFile) {
  throw new Error('synthetic-vendor.pact-bench.ts: set BENCH_CATALOG_ROOTS, BENCH_WARMUP_ROOT and BENCH_TIMING_FILE (npm run bench does)')
}

describe('warm-up', () => {
  describeCatalogContracts(plansourceBinding, { root: warmUpRoot })
})

describe('measured', () => {
  let started = 0
  let tests = 0
  beforeAll(() => {
    started = performance.now()
  })
  afterEach(() => {
    tests += 1
  })
  for (const root of roots) describeCatalogContracts(plansourceBinding, { root })
  afterAll(() => {
    writeFileSync(timingFile, JSON.stringify({ tests, ms: performance.now() - started }))
  })
})
