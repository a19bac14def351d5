import { defineConfig } from 'vitest/config'
import { NO_PACT_TELEMETRY } from './providers/no-pact-telemetry.ts'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // For the Pact core in every test and every process a test starts.
    env: { ...NO_PACT_TELEMETRY },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Records which contract interactions unit tests were served; fails the run naming any never served.
    globalSetup: ['test/support/replay/served-coverage-setup.ts'],
  },
})
