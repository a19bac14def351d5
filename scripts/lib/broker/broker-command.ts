import { parseArgs } from 'node:util'
import { loadAllCatalogs } from '../../../providers/catalog/load-catalog.ts'
import type { CommandIo } from '../verify/verify-command.ts'
import type { BrokerApiOptions } from './broker-api.ts'
import { canIDeployCommand, publishCommand, recordDeploymentCommand, type BrokerCommand } from './broker-commands.ts'
import { brokerSetting, type BrokerConfig } from './broker-config.ts'
import { recordVerification } from './record-verification.ts'
import { runBrokerStep } from './run-broker-step.ts'
import { versionInfo, type VersionInfo } from './version-info.ts'

/** The steps `npm run broker` knows, in the order a pipeline runs them. */
export const BROKER_STEPS = ['publish', 'record-verification', 'can-i-deploy', 'record-deployment'] as const

/** One of {@link BROKER_STEPS}. */
export type BrokerStep = (typeof BROKER_STEPS)[number]

/** Test seams for the HTTP steps (a shorter timeout). */
export interface BrokerCommandOptions {
  api?: BrokerApiOptions
}

const USAGE =
  'usage: npm run broker -- <publish|record-verification|can-i-deploy|record-deployment> [--report reports/verify.json] [--environment production] [--dry-run]'

/**
 * `npm run broker`: parses the step and options, skips with a one-line reason when no broker is
 * set (exit 0), fails on a malformed broker setting or bad arguments (exit 2), and runs the step:
 * `pact-broker` from pact-cli for publish / can-i-deploy / record-deployment, the broker's HAL API
 * for record-verification. Returns the exit code (1 when any part of the step failed).
 *
 * @example
 * process.exitCode = await brokerCommand(process.argv.slice(2))
 */
export async function brokerCommand(
  argv: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
  options: BrokerCommandOptions = {},
): Promise<number> {
  const out = (line: string) => io.stdout.write(`${line}\n`)
  const err = (line: string) => io.stderr.write(`${line}\n`)
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        environment: { type: 'string', default: 'production' },
        report: { type: 'string', default: 'reports/verify.json' },
        'dry-run': { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    err(`broker: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  const step = positionals[0]
  if (!BROKER_STEPS.includes(step as BrokerStep) || positionals.length > 1) {
    err(`broker: unknown step "${positionals.join(' ')}" (expected one of: ${BROKER_STEPS.join(', ')})`)
    return 2
  }
  const setting = brokerSetting(io.env)
  if (!setting.enabled) {
    if (setting.invalid) {
      err(`broker: cannot ${step}: ${setting.reason}`)
      return 2
    }
    out(`broker: skipped ${step}: ${setting.reason}`)
    return 0
  }
  let version: VersionInfo
  try {
    version = versionInfo(io.env)
  } catch (error) {
    err(`broker: cannot ${step}: ${(error as Error).message}`)
    return 2
  }
  if (step === 'record-verification') {
    return recordVerification({ reportFile: values.report, config: setting.config, env: io.env, version, dryRun: values['dry-run'], out, err, ...options })
  }
  let failed = 0
  for (const command of cliCommands(step as Exclude<BrokerStep, 'record-verification'>, setting.config, version, values.environment)) {
    if (values['dry-run']) out(`broker: would run pact-broker ${command.join(' ')}`)
    else if (runBrokerStep(command, out) !== 0) failed++
  }
  return failed ? 1 : 0
}

/** The pact-cli commands of a CLI step: one publish, or one per consumer of the catalogs. */
function cliCommands(step: Exclude<BrokerStep, 'record-verification'>, config: BrokerConfig, version: VersionInfo, environment: string): BrokerCommand[] {
  if (step === 'publish') return [publishCommand(config, version, 'contracts')]
  const consumers = [...new Set(loadAllCatalogs().map((catalog) => catalog.consumer))]
  const build = step === 'can-i-deploy' ? canIDeployCommand : recordDeploymentCommand
  return consumers.map((consumer) => build(config, consumer, version, environment))
}
