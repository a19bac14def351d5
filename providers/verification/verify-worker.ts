/**
 * The worker process that verifies one vendor (started by `scripts/lib/verify/run-verification.ts`).
 * Each vendor gets its own process because the Pact verifier's Rust core prints to stdout (which the
 * parent discards), reads certificate settings from the process environment, and runs several
 * verifiers in one process about seven times slower than one at a time.
 * It receives a `VendorJob` over IPC and answers `WorkerMessage`s.
 */
import { parseVendorId } from '../vendor-ids.ts'
import { loadProfile } from './profiles.ts'
import { createRedactor } from './redactor.ts'
import type { VendorJob, WorkerMessage } from './vendor-job.ts'
import { secretsInEnvironment, verifyVendor } from './verify-vendor.ts'

const send = (message: WorkerMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()))

process.once('message', (job: VendorJob) => {
  void (async () => {
    try {
      parseVendorId(job.vendor)
      await verifyVendor(job, {
        onTarget: (url, referenceSandbox) => void send({ type: 'target', url, kind: job.target.kind, referenceSandbox }),
        onResult: (index, result) => void send({ type: 'result', index, result }),
      })
      await send({ type: 'done' })
    } catch (error) {
      const profile = await loadProfile(job.vendor).catch(() => undefined)
      const redactor = createRedactor(profile ? secretsInEnvironment(profile) : [])
      await send({ type: 'fatal', message: redactor.redact(error instanceof Error ? error.message : String(error)) })
    }
    process.disconnect()
    // Pact-js leaves its logger and keep-alive sockets behind; the work is done.
    process.exit(0)
  })()
})
