import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'
import { NO_PACT_TELEMETRY } from './providers/no-pact-telemetry.ts'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/fixtures/new-vendor/ is a vendor's folders and tests, copied into a scratch project by test/new-vendor/.
    exclude: [...configDefaults.exclude, 'test/fixtures/**'],
    // For the Pact core in every test and every process a test starts.
    env: { ...NO_PACT_TELEMETRY },
    // Test files share one module graph per worker instead of re-importing everything for each file
    // (about a third of the suite's CPU); so a test file must not mock modules (vi.mock) or leave
    // global state behind: servers close, MSW handlers reset, in its own afterAll/afterEach.
    isolate: false,
    // Every core: many tests wait on processes and servers they started, not on the CPU
    // (vitest's default leaves one core idle).
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Transformed modules are kept on disk between runs (and shared with the runs tests start), beside
    // the other caches: about 10 s less CPU on a warm run. Keyed by file content and configuration.
    experimental: { fsModuleCache: true, fsModuleCachePath: 'node_modules/.cache/vendor-error-contracts/vitest' },
    // Records which contract interactions unit tests were served; fails the run naming any never served.
    globalSetup: ['test/support/replay/served-coverage-setup.ts'],
  },
})
