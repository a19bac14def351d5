import type { HttpHandler } from 'msw'
import { loadContracts, type ReplayContracts } from './load-contracts.ts'
import { pickScenarios, vendorContracts } from './pick-scenarios.ts'
import { ReplayError } from './replay-error.ts'
import { createReplayHandler, type ReplayOptions } from './replay-handler.ts'
import type { REPLAY_SCENARIOS } from './scenarios.generated.ts'

/** A vendor the committed contracts can replay (a pact file's provider). */
export type ReplayVendor = keyof typeof REPLAY_SCENARIOS

/**
 * The names that pick a vendor's interactions: short names (`employee-not-found`), full
 * descriptions and provider states, generated from contracts/ so a typo does not compile.
 */
export type ScenarioName<Vendor extends ReplayVendor> = (typeof REPLAY_SCENARIOS)[Vendor][number]

/** Where {@link replay} reads the contracts from, beside how it answers. */
export interface ReplaySourceOptions {
  /** Contracts already loaded (synthetic ones in tests, see `contractsFromPacts`). */
  contracts?: ReplayContracts | undefined
  /** A folder of pact files to read instead of the ones shipped beside this module (`CONTRACTS_DIR`). */
  contractsDir?: string | undefined
}

/**
 * An MSW handler that answers a vendor's requests as its committed contracts say. With scenario
 * names, only those interactions answer (a name may pick several: a shared provider state); with
 * none, any interaction answers a request only it matches. See {@link ReplayOptions} for
 * `state`, `times`, `origin`, `now` and `seed`.
 *
 * @example
 * server.use(replay('plansource', 'employee-not-found'))
 * server.use(replay('plansource', ['signature-has-expired'], { times: 1 }))
 * @see ../../README.md#replaying-contracts-in-unit-tests-msw
 */
export function replay<Vendor extends ReplayVendor>(
  vendor: Vendor,
  scenarios?: ScenarioName<Vendor> | readonly ScenarioName<Vendor>[],
  options: ReplayOptions & ReplaySourceOptions = {},
): HttpHandler {
  const contracts = vendorContracts(options.contracts ?? loadContracts(options.contractsDir), vendor)
  const names: readonly string[] | undefined = scenarios === undefined ? undefined : typeof scenarios === 'string' ? [scenarios] : scenarios
  if (names?.length === 0)
    throw new ReplayError(
      'unknown-scenario',
      `replay('${vendor}', []): pick at least one scenario, or pass none to answer any request only one interaction matches`,
    )
  return createReplayHandler(contracts, names === undefined ? undefined : pickScenarios(contracts, names), options)
}
