import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runBroker, type BrokerRun } from './support/broker-run.ts'
import { startFakePactBroker, type FakePactBroker } from './support/fake-pact-broker.ts'

const TOKEN = 'canary-broker-token-9c41e7'
const PASSWORD = 'canary-broker-password-2b7d'
const SHA = 'c0ffee1234'
const scratch = mkdtempSync(join(tmpdir(), 'record-verification-'))
const reportFile = join(scratch, 'verify.json')
const runs: BrokerRun[] = []

let broker: FakePactBroker
/** A second server on another port: another origin, where no request may ever arrive. */
let elsewhere: FakePactBroker

const interaction = (consumer: string, description: string, outcome: string, extra: object = {}) => ({
  consumer,
  description,
  providerStates: [],
  request: { method: 'GET', path: '/x' },
  outcome,
  mismatches: [],
  notes: [],
  durationMs: 1,
  pending: false,
  ...extra,
})
const mismatch = { field: 'status', expected: 404, actual: 200, detail: 'expected 404 but was 200' }
const report = {
  startedAt: '2025-01-01T03:17:00.000Z',
  durationMs: 10,
  exitCode: 2,
  skippedPacts: [],
  vendors: [
    {
      vendor: 'northwind',
      target: 'https://sandbox.example.test',
      targetKind: 'sandbox',
      summary: {},
      durationMs: 5,
      interactions: [
        interaction('benefits-integration', 'employee-not-found', 'verified'),
        interaction('benefits-integration', 'bare-shape', 'mismatch', { pending: true, mismatches: [mismatch] }),
      ],
    },
    {
      vendor: 'fabrikam',
      target: 'https://sandbox.example.test',
      targetKind: 'sandbox',
      summary: {},
      durationMs: 5,
      interactions: [interaction('tennis-club-integration', 'token-expired', 'unavailable', { reason: 'the sandbox answered 503' })],
    },
  ],
}

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PACT_BROKER_BASE_URL: broker.url,
  PACT_BROKER_TOKEN: TOKEN,
  GITHUB_SHA: SHA,
  GITHUB_REF_NAME: 'feature/x',
  GITHUB_SERVER_URL: 'https://github.example.test',
  GITHUB_REPOSITORY: 'example/contracts',
  GITHUB_RUN_ID: '42',
  ...extra,
})

async function record(args: string[] = [], extra: NodeJS.ProcessEnv = {}): Promise<BrokerRun> {
  const run = await runBroker(['record-verification', '--report', reportFile, ...args], env(extra), { api: { timeoutMs: 250 } })
  runs.push(run)
  return run
}

const pactPath = (provider: string, consumer: string) => `/pacts/provider/${provider}/consumer/${consumer}/version/${SHA}`
const branchPath = (provider: string) => `/pacticipants/${provider}/branches/feature%2Fx/versions/${SHA}`

beforeAll(async () => {
  broker = await startFakePactBroker()
  elsewhere = await startFakePactBroker()
  writeFileSync(reportFile, JSON.stringify(report))
})
beforeEach(() => {
  broker.reset()
  elsewhere.reset()
})
afterAll(async () => {
  await broker.close()
  await elsewhere.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('npm run broker -- record-verification', () => {
  it('gets each pact at the git SHA, puts the provider version on the branch, and posts one result per pact', async () => {
    const plansourceResults = broker.addPact('northwind', 'benefits-integration', SHA)
    const ustaResults = broker.addPact('fabrikam', 'tennis-club-integration', SHA)
    const run = await record()
    expect(run.code).toBe(0)
    expect(broker.received.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET ${pactPath('northwind', 'benefits-integration')}`,
      `PUT ${branchPath('northwind')}`,
      `POST ${new URL(plansourceResults).pathname}`,
      `GET ${pactPath('fabrikam', 'tennis-club-integration')}`,
      `PUT ${branchPath('fabrikam')}`,
      `POST ${new URL(ustaResults).pathname}`,
    ])
    for (const request of broker.received) expect(request.authorization).toBe(`Bearer ${TOKEN}`)
    expect(broker.received[0]!.accept).toContain('application/hal+json')
    expect(broker.received[1]).toMatchObject({ contentType: 'application/json', body: {} })
    const verifiedBy = { implementation: 'pact-core', version: expect.stringMatching(/^\d+\.\d+\.\d+/) }
    const buildUrl = 'https://github.example.test/example/contracts/actions/runs/42'
    expect(broker.received[2]!.body).toEqual({
      success: true,
      providerApplicationVersion: SHA,
      buildUrl,
      testResults: [
        { description: 'employee-not-found', outcome: 'verified', success: true, pending: false },
        { description: 'bare-shape', outcome: 'mismatch', success: false, pending: true, mismatches: [mismatch] },
      ],
      verifiedBy,
    })
    expect(broker.received[5]!.body).toEqual({
      success: false,
      providerApplicationVersion: SHA,
      buildUrl,
      testResults: [{ description: 'token-expired', outcome: 'unavailable', success: false, pending: false, reason: 'the sandbox answered 503' }],
      verifiedBy,
    })
    expect(run.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('authenticates with HTTP Basic from PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD when no token is set', async () => {
    broker.addPact('northwind', 'benefits-integration', SHA)
    broker.addPact('fabrikam', 'tennis-club-integration', SHA)
    const run = await record([], { PACT_BROKER_TOKEN: undefined, PACT_BROKER_USERNAME: 'ci', PACT_BROKER_PASSWORD: PASSWORD })
    expect(run.code).toBe(0)
    const basic = `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`
    expect(broker.received.map((request) => request.authorization)).toEqual(Array(6).fill(basic))
  })

  it('says to publish first when the broker has no pact at this version, and still records the other pacts (exit 1)', async () => {
    const ustaResults = broker.addPact('fabrikam', 'tennis-club-integration', SHA)
    const run = await record()
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    for (const part of ['benefits-integration', 'northwind', SHA, 'npm run broker -- publish']) expect(lines[0]).toContain(part)
    expect(broker.received.filter((request) => request.method !== 'GET').map(({ method, path }) => `${method} ${path}`)).toEqual([
      `PUT ${branchPath('fabrikam')}`,
      `POST ${new URL(ustaResults).pathname}`,
    ])
  })

  it('refuses to follow a results link to another origin, so the token is never sent there', async () => {
    broker.addPact('northwind', 'benefits-integration', SHA, `${elsewhere.url}/steal`)
    broker.addPact('fabrikam', 'tennis-club-integration', SHA)
    const run = await record()
    expect(run.code).toBe(1)
    expect(elsewhere.received).toEqual([])
    expect(run.stderr).toContain(elsewhere.url)
    expect(broker.received.filter((request) => request.path.startsWith('/pacticipants/northwind'))).toEqual([])
  })

  it('says the broker refused the credentials on a 401', async () => {
    broker.answer(pactPath('northwind', 'benefits-integration'), { status: 401 })
    broker.answer(pactPath('fabrikam', 'tennis-club-integration'), { status: 403 })
    const run = await record()
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).toMatch(/refused the credentials \(HTTP 40[13] .*PACT_BROKER_TOKEN/)
  })

  it('names the broker URL when the broker cannot be reached or does not answer in time', async () => {
    const gone = await startFakePactBroker()
    await gone.close()
    const unreachable = await record([], { PACT_BROKER_BASE_URL: gone.url })
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toContain(`cannot reach the Pact Broker at ${gone.url}`)
    broker.answer(pactPath('northwind', 'benefits-integration'), 'hang')
    broker.addPact('fabrikam', 'tennis-club-integration', SHA)
    const slow = await record()
    expect(slow.code).toBe(1)
    expect(slow.stderr).toContain(`the Pact Broker at ${broker.url} did not answer`)
  })

  it('prints what it would send with --dry-run and sends nothing', async () => {
    const run = await record(['--dry-run'])
    expect(run.code).toBe(0)
    expect(broker.received).toEqual([])
    expect(run.stdout).toContain(`would GET ${broker.url}${pactPath('northwind', 'benefits-integration')}`)
    expect(run.stdout).toContain(`would PUT ${broker.url}${branchPath('fabrikam')}`)
    expect(run.stdout).toContain('"providerApplicationVersion":"c0ffee1234"')
  })

  it('names the report when it is missing or is not a verify report (exit 2), before calling the broker', async () => {
    const missing = join(scratch, 'none.json')
    const drift = join(scratch, 'drift.json')
    writeFileSync(drift, JSON.stringify({ vendors: [{ vendor: 'fabrikam', source: 'x', outcome: 'drift', changes: [] }] }))
    const garbage = join(scratch, 'garbage.json')
    writeFileSync(garbage, '<html>')
    for (const file of [missing, drift, garbage]) {
      const run = await runBroker(['record-verification', '--report', file], env())
      runs.push(run)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(file)
    }
    expect(broker.received).toEqual([])
  })

  it('skips with one line when no broker is set, and fails (exit 2) on a malformed broker URL', async () => {
    const skipped = await record([], { PACT_BROKER_BASE_URL: undefined })
    expect(skipped).toEqual({ code: 0, stdout: 'broker: skipped record-verification: PACT_BROKER_BASE_URL is not set\n', stderr: '' })
    const malformed = await record([], { PACT_BROKER_BASE_URL: 'broker.example.test' })
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain('PACT_BROKER_BASE_URL is not a URL')
  })

  it('never prints the token or the password, in any form, in any of the runs above', () => {
    expect(runs.length).toBeGreaterThan(8)
    const printed = runs.map((run) => run.stdout + run.stderr).join('\n')
    for (const secret of [TOKEN, PASSWORD]) {
      for (const form of [secret, Buffer.from(secret).toString('base64'), Buffer.from(`ci:${secret}`).toString('base64')]) expect(printed).not.toContain(form)
    }
  })
})
