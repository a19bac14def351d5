/**
 * The synthetic vendors' contract tests, run by the contract-generation benchmark: the real
 * contract loop and the base vendor's real client over each synthetic catalog root listed in
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
import { contractBindingOf } from '../../../test/contract/support/contract-bindings.ts'
import { describeCatalogContracts } from '../../../test/contract/support/describe-catalog-contracts.ts'
import { SYNTHETIC_BASE_VENDOR } from './synthetic-catalog.ts'

const roots = process.env.BENCH_CATALOG_ROOTS?.split(delimiter).filter(Boolean)
const warmUpRoot = process.env.BENCH_WARMUP_ROOT
const timingFile = process.env.BENCH_TIMING_FILE
if (!roots?.length || !warmUpRoot || !timingFile) {
  throw new Error('synthetic-vendor.pact-bench.ts: set BENCH_CATALOG_ROOTS, BENCH_WARMUP_ROOT and BENCH_TIMING_FILE (npm run bench does)')
}

const binding = contractBindingOf(SYNTHETIC_BASE_VENDOR)

describe('warm-up', () => {
  describeCatalogContracts(binding, { root: warmUpRoot })
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
  for (const root of roots) describeCatalogContracts(binding, { root })
  afterAll(() => {
    writeFileSync(timingFile, JSON.stringify({ tests, ms: performance.now() - started }))
  })
})
