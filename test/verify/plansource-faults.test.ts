import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import type { InteractionReport, VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { startFaultProxy, type FaultPlan } from './support/fault-proxy.ts'
import { contractOf, contractsFolder, verify } from './support/verify-run.ts'

/**
 * Four PlanSource interactions, each with its own path: a GET and a POST with a live token, a GET
 * without one, and a token request. Each run injects one fault per path, so one run covers several.
 */
const KEPT = ['employee-not-found', 'name-required', 'forbidden', 'token-has-expired']
const EMPLOYEE = '/admin/v2/eoi/subscriber/999999'
const SUBSCRIBER = '/admin/v2/subscriber'
const FORBIDDEN = '/admin/v2/eoi/subscriber/1001'
const TOKEN = '/oauth/v2/token'

let sandbox: ReferenceSandbox
let folder: ReturnType<typeof contractsFolder>
beforeAll(async () => {
  sandbox = await startReferenceSandbox('plansource')
  folder = contractsFolder([{ pact: contractOf('plansource'), keep: (interaction) => KEPT.some((id) => interaction.description.startsWith(`${id}:`)) }])
})
afterAll(async () => {
  folder.remove()
  await sandbox.close()
})

interface FaultRun {
  report: VerificationReport
  byId: Map<string, InteractionReport>
  elapsedMs: number
}

/** Verifies the four interactions through a fault proxy; each plan runs once, shared by the tests that read it. */
const runs = new Map<string, Promise<FaultRun>>()
function throughFaults(name: string, plan: FaultPlan, options: { deadlineMs?: number; maxRetryWaitMs?: number } = {}): Promise<FaultRun> {
  const run = async () => {
    const proxy = await startFaultProxy(sandbox.url, plan)
    const started = Date.now()
    try {
      const report = await verify({
        vendors: ['plansource'],
        contractsDir: folder.dir,
        targets: new Map([['plansource', proxy.url]]),
        backoffMs: 10,
        ...options,
      })
      const byId = new Map(report.vendors[0]!.interactions.map((interaction) => [interaction.description.split(':')[0]!, interaction]))
      return { report, byId, elapsedMs: Date.now() - started }
    } finally {
      await proxy.close()
    }
  }
  if (!runs.has(name)) runs.set(name, run())
  return runs.get(name)!
}

/** Faults that end: two 503s, one 429 asking for a second, one answer cut off mid-body. */
const recovering = () =>
  throughFaults('recovering', ({ method, path, attempt }) => {
    if (path === EMPLOYEE && attempt <= 2) return { kind: 'answer', status: 503 }
    if (method === 'POST' && path === SUBSCRIBER && attempt === 1) return { kind: 'answer', status: 429, headers: { 'retry-after': '1' } }
    if (path === FORBIDDEN && attempt === 1) return { kind: 'reset-mid-body' }
    return undefined
  })

/** Faults that last: a 503 storm, a POST cut off mid-body, a 429 asking for an hour. */
const lasting = () =>
  throughFaults(
    'lasting',
    ({ method, path }) => {
      if (path === EMPLOYEE) return { kind: 'answer', status: 503 }
      if (method === 'POST' && path === SUBSCRIBER) return { kind: 'reset-mid-body' }
      if (path === FORBIDDEN) return { kind: 'answer', status: 429, headers: { 'retry-after': '3600' } }
      return undefined
    },
    { maxRetryWaitMs: 5_000 },
  )

const outcomes = (report: VerificationReport) => report.vendors[0]!.interactions.map((interaction) => interaction.outcome)

describe.concurrent('verification through a faulty network', () => {
  it('verifies after honoured retries when the vendor answers 503 twice and then recovers', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { byId } = await recovering()
    expect(byId.get('employee-not-found')?.outcome).toBe('verified')
    expect(byId.get('employee-not-found')?.notes.filter((note) => note.includes('answered 503'))).toHaveLength(2)
  }, 120_000)

  it('waits as long as a 429 Retry-After asks, then verifies', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { byId } = await recovering()
    const created = byId.get('name-required')!
    expect(created.outcome).toBe('verified')
    expect(created.notes.join(' ')).toContain('waited 1000 ms')
    expect(created.durationMs).toBeGreaterThanOrEqual(1000)
  }, 120_000)

  it('retries a GET whose answer is cut off mid-body, and verifies it', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await recovering()
    expect(byId.get('forbidden')?.outcome).toBe('verified')
    expect(byId.get('forbidden')?.notes.join(' ')).toContain('connection reset while reading the answer')
    expect(outcomes(report)).toEqual(['verified', 'verified', 'verified', 'verified'])
  }, 120_000)

  it('gives up as unavailable, never mismatch, on a 503 storm that does not end', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await lasting()
    expect(byId.get('employee-not-found')).toMatchObject({ outcome: 'unavailable', reason: 'answered 503 3 times in a row' })
    expect(outcomes(report)).not.toContain('mismatch')
    expect(report.exitCode).toBe(2)
  }, 120_000)

  it('does not send a POST again after its answer was cut off mid-body', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { byId } = await lasting()
    expect(byId.get('name-required')).toMatchObject({ outcome: 'unavailable', reason: 'connection reset while reading the answer' })
  }, 120_000)

  it('gives up at once when a 429 asks for a longer wait than is honoured', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { byId, elapsedMs } = await lasting()
    expect(byId.get('forbidden')).toMatchObject({ outcome: 'unavailable', reason: expect.stringMatching(/asked to wait 3600 s, longer than the 5 s honoured/) })
    expect(elapsedMs).toBeLessThan(60_000)
  }, 120_000)

  it('reports the interactions that need a token unavailable when the token endpoint fails, and verifies the rest', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await throughFaults('token endpoint', ({ path }) => (path === TOKEN ? { kind: 'answer', status: 503 } : undefined))
    expect(byId.get('forbidden')?.outcome).toBe('verified')
    expect(byId.get('employee-not-found')).toMatchObject({ outcome: 'unavailable', reason: expect.stringMatching(/^no live access token: answered 503/) })
    expect(byId.get('token-has-expired')?.outcome).toBe('unavailable')
    expect(outcomes(report)).not.toContain('mismatch')
  }, 120_000)

  it('stops at the deadline when the vendor answers too slowly, and reports every interaction unavailable', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const deadlineMs = 6_000
    const { report, elapsedMs } = await throughFaults(
      'slow',
      ({ path }) => (path.startsWith('/admin/') || path === TOKEN ? { kind: 'delay', ms: 30_000 } : undefined),
      { deadlineMs },
    )
    expect(outcomes(report)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable'])
    // Bounded: the deadline, the worker's grace to report, and some slack for a loaded machine.
    expect(elapsedMs).toBeLessThan(deadlineMs + 5_000 + 10_000)
  }, 120_000)
})
