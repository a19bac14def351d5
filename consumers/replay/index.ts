/**
 * The public surface of the replay, what the package's `vendor-error-contracts/replay` exports:
 * `replay()` and its scenario-name types, the server helper, the error it throws, and the contracts
 * it reads. Everything else in this folder is its inner workings.
 *
 * @example
 * import { replay, setupReplayServer } from 'vendor-error-contracts/replay'
 * const server = setupReplayServer()
 * server.use(replay('plansource', 'employee-not-found'))
 * @see ../../README.md#replaying-contracts-in-unit-tests-msw
 */
export { replay, type ReplaySourceOptions, type ReplayVendor, type ScenarioName } from './replay.ts'
export type { ReplayOptions } from './replay-handler.ts'
export { REPLAY_SCENARIOS } from './scenarios.generated.ts'
export { failUnmatched, setupReplayServer, type ReplayServer, type ReplayServerOptions } from './setup-replay-server.ts'
export { isReplayError, ReplayError, type ReplayProblem } from './replay-error.ts'
export { CONTRACTS_DIR, contractsFromPacts, loadContracts, pactFileNames, type ReplayContracts, type VendorContracts } from './load-contracts.ts'
export { parsePact, readPactFile } from './read-pact-file.ts'
export { onReplayServed, type ServedListener } from './served-listeners.ts'
