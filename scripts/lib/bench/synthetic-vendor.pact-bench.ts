/**
 * The synthetic vendor's contract tests, run by the contract-generation benchmark: the real
 * contract loop and PlanSource's real client over the synthetic catalog in `BENCH_CATALOG_ROOT`.
 * A warm-up vendor (`BENCH_WARMUP_ROOT`, its own consumer name and pact file) runs first, so the
 * measured vendor does not pay for warming up pact-core, the client code and the JIT: without
 * it a 10-interaction vendor would cost several times more per interaction than a big one and
 * hide any growth. Writes the measured vendor's time, from its first test to its merged pact
 * file, into `BENCH_TIMING_FILE`.
 */
import { writeFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe } from 'vitest'
import { plansourceBinding } from '../../../test/contract/bindings/plansource-binding.ts'
import { describeCatalogContracts } from '../../../test/contract/support/describe-catalog-contracts.ts'

const root = process.env.BENCH_CATALOG_ROOT
const warmUpRoot = process.env.BENCH_WARMUP_ROOT
const timingFile = process.env.BENCH_TIMING_FILE
if (!root || !warmUpRoot || !timingFile) {
  throw new Error('synthetic-vendor.pact-bench.ts: set BENCH_CATALOG_ROOT, BENCH_WARMUP_ROOT and BENCH_TIMING_FILE (npm run bench does)')
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
  describeCatalogContracts(plansourceBinding, { root })
  afterAll(() => {
    writeFileSync(timingFile, JSON.stringify({ tests, ms: performance.now() - started }))
  })
})
