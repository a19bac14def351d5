/**
 * `npm run broker -- <publish|record-verification|can-i-deploy|record-deployment> [--report reports/verify.json] [--environment production] [--dry-run]`
 *
 * Publishes contracts, records the verify report's results, asks can-i-deploy, or records a
 * deployment on the Pact Broker named by PACT_BROKER_BASE_URL (token in PACT_BROKER_TOKEN, or
 * PACT_BROKER_USERNAME/PASSWORD). Without a broker every step says it was skipped and why.
 */
import { brokerCommand } from './lib/broker/broker-command.ts'

process.exitCode = await brokerCommand(process.argv.slice(2))
