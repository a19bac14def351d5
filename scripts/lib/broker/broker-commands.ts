import type { BrokerConfig } from './broker-config.ts'
import type { VersionInfo } from './version-info.ts'

/** One `pact-broker` invocation (from `@pact-foundation/pact-cli`), as argv without the program name. */
export type BrokerCommand = readonly string[]

/**
 * `pact-broker publish`: publishes every contract with the git SHA as consumer version and the branch,
 * as the Pact docs prescribe. Credentials are not in argv: the CLI reads them from the environment.
 *
 * @example
 * publishCommand(config, { version: 'abc', branch: 'main' }, 'contracts')
 * // ['publish', 'contracts', '--consumer-app-version', 'abc', '--branch', 'main', '--broker-base-url', 'https://broker']
 */
export function publishCommand(config: BrokerConfig, version: VersionInfo, contractsDir: string): BrokerCommand {
  return [
    'publish',
    contractsDir,
    '--consumer-app-version',
    version.version,
    '--branch',
    version.branch,
    ...(version.buildUrl ? ['--build-url', version.buildUrl] : []),
    '--broker-base-url',
    config.baseUrl,
  ]
}

/**
 * `pact-broker can-i-deploy` for one pacticipant at this version to an environment, retrying while
 * verification results are still unknown.
 *
 * @example
 * canIDeployCommand(config, 'benefits-integration', { version: 'abc', branch: 'main' }, 'production')
 */
export function canIDeployCommand(config: BrokerConfig, pacticipant: string, version: VersionInfo, environment: string): BrokerCommand {
  return [
    'can-i-deploy',
    '--pacticipant',
    pacticipant,
    '--version',
    version.version,
    '--to-environment',
    environment,
    '--retry-while-unknown',
    '6',
    '--retry-interval',
    '10',
    '--broker-base-url',
    config.baseUrl,
  ]
}

/**
 * `pact-broker record-deployment`: tells the broker this version of a pacticipant now runs in an environment.
 *
 * @example
 * recordDeploymentCommand(config, 'benefits-integration', { version: 'abc', branch: 'main' }, 'production')
 */
export function recordDeploymentCommand(config: BrokerConfig, pacticipant: string, version: VersionInfo, environment: string): BrokerCommand {
  return ['record-deployment', '--pacticipant', pacticipant, '--version', version.version, '--environment', environment, '--broker-base-url', config.baseUrl]
}
