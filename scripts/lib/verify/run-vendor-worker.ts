import { fork } from 'node:child_process'
import { NO_PACT_TELEMETRY } from '../../../providers/no-pact-telemetry.ts'
import type { InteractionResult } from '../../../providers/verification/interaction-outcome.ts'
import type { VendorJob, WorkerMessage } from '../../../providers/verification/vendor-job.ts'
import { compiledEntry } from '../compile/compiled-entry.ts'

const WORKER = 'providers/verification/verify-worker.ts'

/** What came back from one vendor's worker. */
export interface WorkerOutcome {
  targetUrl: string | undefined
  /** Whether the target answered as the vendor's reference sandbox; undefined when the worker never said. */
  referenceSandbox?: boolean | undefined
  results: Map<number, InteractionResult>
  /** Why the worker stopped early, when it did. */
  failure: string | undefined
}

/**
 * Verifies one vendor in a worker process and collects its results, calling `onResult` as each
 * arrives (for progress). The worker gets `env` (where it reads the vendor's secrets). The worker's
 * stdout (the Pact core's own printout) is discarded; the worker is killed if it outlives `killAt`.
 * It runs as compiled JavaScript (see {@link compiledEntry}), which starts faster than under tsx.
 *
 * @example
 * const outcome = await runVendorWorker(job, job.deadlineAt + 5_000)
 */
export function runVendorWorker(
  job: VendorJob,
  killAt: number,
  onResult?: (index: number, result: InteractionResult) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<WorkerOutcome> {
  return compiledEntry(WORKER).then((worker) => runWorker(worker, job, killAt, onResult, env))
}

function runWorker(
  worker: string,
  job: VendorJob,
  killAt: number,
  onResult: ((index: number, result: InteractionResult) => void) | undefined,
  env: NodeJS.ProcessEnv,
): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const outcome: WorkerOutcome = { targetUrl: undefined, results: new Map(), failure: undefined }
    const child = fork(worker, [], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: workerEnvironment(env) })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4_000)
    })
    let done = false
    const watchdog = setTimeout(
      () => {
        outcome.failure ??= 'the deadline passed while this vendor was being verified'
        child.kill('SIGKILL')
      },
      Math.max(0, killAt - Date.now()),
    )
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'target') {
        outcome.targetUrl = message.url
        outcome.referenceSandbox = message.referenceSandbox
      }
      if (message.type === 'result') {
        outcome.results.set(message.index, message.result)
        onResult?.(message.index, message.result)
      }
      if (message.type === 'fatal') outcome.failure ??= `verification stopped: ${message.message}`
      if (message.type === 'done') done = true
    })
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog)
      if (!done && !outcome.failure) {
        const lastError = stderr
          .split('\n')
          .find((line) => /Error|error:/.test(line))
          ?.trim()
        outcome.failure = `the verification worker stopped (${signal ?? `exit code ${code}`})${lastError ? `: ${lastError}` : ''}`
      }
      resolve(outcome)
    })
    child.send(job)
  })
}

/**
 * The environment a verification worker runs with: the caller's (where it reads the vendor's
 * secrets), with the Pact core's usage metrics turned off whatever the caller's says.
 *
 * @example
 * workerEnvironment({ PATH: '/usr/bin' }) // { PATH: '/usr/bin', PACT_DO_NOT_TRACK: 'true' }
 */
export function workerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ...NO_PACT_TELEMETRY }
}
