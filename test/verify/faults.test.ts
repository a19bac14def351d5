import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { startFaultProxy, type FaultPlan } from './support/fault-proxy.ts'
import { contractOf, contractsFolder, verify } from './support/verify-run.ts'

/** Four PlanSource interactions: a GET and a POST with a live token, a GET without one, and a token request. */
const KEPT = ['employee-not-found', 'name-required', 'forbidden', 'token-has-expired']
const isApi = (path: string) => path.startsWith('/admin/')

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

/** Verifies the four interactions through a fault proxy; answers the report, outcomes by id, and the time taken. */
async function throughFaults(plan: FaultPlan, options: { deadlineMs?: number; maxRetryWaitMs?: number } = {}) {
  const proxy = await startFaultProxy(sandbox.url, plan)
  const started = Date.now()
  try {
    const report = await verify({ vendors: ['plansource'], contractsDir: folder.dir, targets: new Map([['plansource', proxy.url]]), backoffMs: 10, ...options })
    const byId = new Map(report.vendors[0]!.interactions.map((interaction) => [interaction.description.split(':')[0]!, interaction]))
    return { report, byId, elapsedMs: Date.now() - started }
  } finally {
    await proxy.close()
  }
}

const outcomes = (report: VerificationReport) => report.vendors[0]!.interactions.map((interaction) => interaction.outcome)

describe.concurrent('verification through a faulty network', () => {
  it('verifies after honoured retries when the vendor answers 503 twice and then recovers', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await throughFaults(({ path, attempt }) => (isApi(path) && attempt <= 2 ? { kind: 'answer', status: 503 } : undefined))
    expect(outcomes(report)).toEqual(['verified', 'verified', 'verified', 'verified'])
    expect(byId.get('employee-not-found')?.notes.filter((note) => note.includes('answered 503'))).toHaveLength(2)
  }, 120_000)

  it('gives up as unavailable, never mismatch, on a 503 storm that does not end', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await throughFaults(({ path }) => (isApi(path) ? { kind: 'answer', status: 503 } : undefined))
    expect(byId.get('employee-not-found')).toMatchObject({ outcome: 'unavailable', reason: 'answered 503 3 times in a row' })
    expect(outcomes(report)).not.toContain('mismatch')
    expect(report.exitCode).toBe(2)
  }, 120_000)

  it('waits as long as a 429 Retry-After asks, then verifies', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await throughFaults(({ path, attempt }) => (isApi(path) && attempt === 1 ? { kind: 'answer', status: 429, headers: { 'retry-after': '1' } } : undefined))
    expect(outcomes(report)).toEqual(['verified', 'verified', 'verified', 'verified'])
    const first = report.vendors[0]!.interactions[0]!
    expect(first.notes.join(' ')).toContain('waited 1000 ms')
    expect(first.durationMs).toBeGreaterThanOrEqual(1000)
    expect(byId.get('forbidden')?.outcome).toBe('verified')
  }, 120_000)

  it('gives up at once when a 429 asks for a longer wait than is honoured', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId, elapsedMs } = await throughFaults(({ path }) => (isApi(path) ? { kind: 'answer', status: 429, headers: { 'retry-after': '3600' } } : undefined), { maxRetryWaitMs: 5_000 })
    expect(byId.get('employee-not-found')?.reason).toMatch(/asked to wait 3600 s, longer than the 5 s honoured/)
    expect(outcomes(report)).not.toContain('mismatch')
    expect(elapsedMs).toBeLessThan(60_000)
  }, 120_000)

  it('retries a GET whose answer is cut off mid-body, and does not resend a POST', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { byId } = await throughFaults(({ path, attempt }) => (isApi(path) && attempt === 1 ? { kind: 'reset-mid-body' } : undefined))
    expect(byId.get('employee-not-found')?.outcome).toBe('verified')
    expect(byId.get('employee-not-found')?.notes.join(' ')).toContain('connection reset while reading the answer')
    expect(byId.get('name-required')).toMatchObject({ outcome: 'unavailable', reason: 'connection reset while reading the answer' })
  }, 120_000)

  it('stops at the deadline when the vendor answers too slowly, and reports every interaction unavailable', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const deadlineMs = 6_000
    const { report, elapsedMs } = await throughFaults(({ path }) => (isApi(path) || path.startsWith('/oauth') ? { kind: 'delay', ms: 30_000 } : undefined), { deadlineMs })
    expect(outcomes(report)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable'])
    // Bounded: the deadline, the worker's grace to report, and some slack for a loaded machine.
    expect(elapsedMs).toBeLessThan(deadlineMs + 5_000 + 10_000)
  }, 120_000)

  it('reports the interactions that need a token unavailable when the token endpoint fails, and verifies the rest', async ({ task }) => {
    recordReliability(task.meta, { faults: 1 })
    const { report, byId } = await throughFaults(({ path }) => (path === '/oauth/v2/token' ? { kind: 'answer', status: 503 } : undefined))
    expect(byId.get('forbidden')?.outcome).toBe('verified')
    expect(byId.get('employee-not-found')).toMatchObject({ outcome: 'unavailable', reason: expect.stringMatching(/^no live access token: answered 503/) })
    expect(byId.get('token-has-expired')?.outcome).toBe('unavailable')
    expect(outcomes(report)).not.toContain('mismatch')
  }, 120_000)
})
