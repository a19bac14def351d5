import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Records which contract interactions unit tests were served; fails the run naming any never served.
    globalSetup: ['test/support/replay/served-coverage-setup.ts'],
  },
})
