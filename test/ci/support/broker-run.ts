import { brokerCommand, type BrokerCommandOptions } from '../../../scripts/lib/broker/broker-command.ts'

/** What one in-process `npm run broker` printed, and its exit code. */
export interface BrokerRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `npm run broker -- <argv>` in this process with only the given environment (no spawn, no
 * inherited PACT_BROKER_* variables), capturing what it prints.
 *
 * @example
 * const run = await runBroker(['publish'], {})
 * run.stdout // 'broker: skipped publish: PACT_BROKER_BASE_URL is not set\n'
 */
export async function runBroker(argv: string[], env: NodeJS.ProcessEnv, options: BrokerCommandOptions = {}): Promise<BrokerRun> {
  let stdout = ''
  let stderr = ''
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env }
  const code = await brokerCommand(argv, io, options)
  return { code, stdout, stderr }
}
