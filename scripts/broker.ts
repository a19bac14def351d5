/**
 * `npm run broker -- <publish|can-i-deploy|record-deployment> [--environment production] [--dry-run]`
 *
 * Publishes contracts, asks can-i-deploy, or records a deployment on the Pact Broker named by
 * PACT_BROKER_BASE_URL (token in PACT_BROKER_TOKEN). Without a broker every step says it was skipped and why.
 */
import { parseArgs } from 'node:util'
import { loadAllCatalogs } from '../providers/catalog/load-catalog.ts'
import { canIDeployCommand, publishCommand, recordDeploymentCommand, type BrokerCommand } from './lib/broker/broker-commands.ts'
import { brokerSetting } from './lib/broker/broker-config.ts'
import { runBrokerStep } from './lib/broker/run-broker-step.ts'
import { versionInfo } from './lib/broker/version-info.ts'

const STEPS = ['publish', 'can-i-deploy', 'record-deployment'] as const
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { environment: { type: 'string', default: 'production' }, 'dry-run': { type: 'boolean', default: false } },
})
const step = positionals[0]
if (!STEPS.includes(step as (typeof STEPS)[number])) {
  console.error(`broker: unknown step "${step ?? ''}" (expected one of: ${STEPS.join(', ')})`)
  process.exit(2)
}
const setting = brokerSetting(process.env)
if (!setting.enabled) {
  if (setting.invalid) {
    console.error(`broker: cannot ${step}: ${setting.reason}`)
    process.exit(2)
  }
  console.log(`broker: skipped ${step}: ${setting.reason}`)
  process.exit(0)
}
const version = versionInfo(process.env)
const consumers = [...new Set(loadAllCatalogs().map((catalog) => catalog.consumer))]
const commands: BrokerCommand[] =
  step === 'publish'
    ? [publishCommand(setting.config, version, 'contracts')]
    : consumers.map((consumer) =>
        (step === 'can-i-deploy' ? canIDeployCommand : recordDeploymentCommand)(setting.config, consumer, version, values.environment),
      )
let failed = 0
for (const command of commands) {
  if (values['dry-run']) console.log(`broker: would run pact-broker ${command.join(' ')}`)
  else if (runBrokerStep(command) !== 0) failed++
}
process.exitCode = failed ? 1 : 0
