import { defineConfig } from 'vitest/config'
import { NO_PACT_TELEMETRY } from '../../../providers/no-pact-telemetry.ts'

/** Runs only the benchmark's synthetic contract file (kept out of `npm test` by its name). */
export default defineConfig({
  test: {
    include: ['scripts/lib/bench/*.pact-bench.ts'],
    env: { ...NO_PACT_TELEMETRY },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
