import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { VendorJob } from '../../providers/verification/vendor-job.ts'

const forked: { env?: NodeJS.ProcessEnv }[] = []
vi.mock('node:child_process', async (original) => ({
  ...(await original<typeof import('node:child_process')>()),
  fork: (_path: string, _args: string[], options: { env?: NodeJS.ProcessEnv }) => {
    forked.push(options)
    const child = Object.assign(new EventEmitter(), {
      stderr: new EventEmitter(),
      send: () => setImmediate(() => child.emit('exit', 0, null)),
      kill: () => true,
    })
    return child
  },
}))

const { runVendorWorker } = await import('../../scripts/lib/verify/run-vendor-worker.ts')

describe('Pact telemetry', () => {
  it('is off in every test and in the processes tests start', () => {
    expect(process.env.PACT_DO_NOT_TRACK).toBe('true')
  })

  it('is off in every verification worker, whatever the caller’s environment', async () => {
    const job: VendorJob = { vendor: 'usta', target: { kind: 'reference' }, pactFiles: [], deadlineAt: Date.now() + 1_000, policy: {}, awaitTokenExpiry: false }
    await runVendorWorker(job, Date.now() + 1_000, undefined, { PATH: process.env.PATH })
    expect(forked.at(-1)?.env).toMatchObject({ PACT_DO_NOT_TRACK: 'true', PATH: process.env.PATH })
  })
})
