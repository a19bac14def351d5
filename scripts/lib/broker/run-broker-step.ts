import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { NO_PACT_TELEMETRY } from '../../../providers/no-pact-telemetry.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import type { BrokerCommand } from './broker-commands.ts'

/** The `pact-broker` program shipped by `@pact-foundation/pact-cli`. */
export const PACT_BROKER_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'pact-broker')

/**
 * Runs one broker command and returns its exit code; the command line is printed, credentials never
 * (they reach the CLI through the environment only).
 *
 * @example
 * runBrokerStep(publishCommand(config, version, 'contracts'))
 */
export function runBrokerStep(command: BrokerCommand, log: (line: string) => void = console.log): number {
  log(`broker: pact-broker ${command.join(' ')}`)
  const run = spawnSync(PACT_BROKER_BIN, [...command], { stdio: 'inherit', cwd: PROJECT_ROOT, env: { ...process.env, ...NO_PACT_TELEMETRY } })
  return run.status ?? 1
}
