/**
 * `npm run reliability` runs the hardening, fault, hostile-input and secrets tests with vitest's
 * JSON reporter and rewrites the table between the reliability markers of README.md.
 * Options: `npm run reliability -- --help` (scripts/lib/reliability/reliability-command.ts).
 */
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { RELIABILITY_USAGE, runReliabilityCommand } from './lib/reliability/reliability-command.ts'

if (process.argv.includes('--help')) {
  console.log(RELIABILITY_USAGE)
} else {
  try {
    process.exitCode = runReliabilityCommand(process.argv.slice(2), PROJECT_ROOT)
  } catch (error) {
    console.error(`reliability: ${(error as Error).message}`)
    process.exitCode = 2
  }
}
