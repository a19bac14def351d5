import { defineConfig } from 'vitest/config'

/** Runs only the benchmark's synthetic contract file (kept out of `npm test` by its name). */
export default defineConfig({
  test: {
    include: ['scripts/lib/bench/*.pact-bench.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
