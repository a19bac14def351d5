import { describe, expect, it } from 'vitest'
import { workerEnvironment } from '../../scripts/lib/verify/run-vendor-worker.ts'

describe('Pact telemetry', () => {
  it('is off in every test and in the processes tests start', () => {
    expect(process.env.PACT_DO_NOT_TRACK).toBe('true')
  })

  it('is off in every verification worker, whatever the caller’s environment says', () => {
    expect(workerEnvironment({ PATH: '/usr/bin', PACT_DO_NOT_TRACK: 'false' })).toEqual({ PATH: '/usr/bin', PACT_DO_NOT_TRACK: 'true' })
  })
})
