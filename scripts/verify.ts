/**
 * `npm run verify`: Pact provider verification of every contract against each vendor's target
 * (`--target`, else the real sandbox configured by environment variables, else the reference
 * sandbox). `npm run verify -- --help` lists the options; exit codes 0/1/2/3.
 */
import { verifyCommand } from './lib/verify/verify-command.ts'

process.exitCode = await verifyCommand(process.argv.slice(2))
