import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import '../hardening/support/reliability-task-meta.ts'
import { runScript, scriptExists, type ScriptRun } from '../support/run-script.ts'
import { canaryEnvironment, type CanaryEnvironment } from './support/canary-environment.ts'
import { findSecrets, textsUnder, type ScannedText } from './support/find-secrets.ts'

const scratch = mkdtempSync(join(tmpdir(), 'secrets-'))

/** Canary secrets and real-sandbox settings, made in beforeAll from the verify command's own list. */
let canaries: CanaryEnvironment
/** Every stdout and stderr the commands printed, for the final sweep. */
const printed: ScannedText[] = []

/** Runs a command with the canary environment and records what it printed. */
async function runWithCanaries(name: string, args: string[], timeoutMs = 180_000): Promise<ScriptRun> {
  const run = await runScript(name, args, canaries.env, timeoutMs)
  printed.push({ where: `${name} stdout`, text: run.stdout }, { where: `${name} stderr`, text: run.stderr })
  return run
}

/** Scans a command's output and files, records the counts, and fails naming where a canary showed up. */
function expectNoSecrets(meta: object, run: ScriptRun, name: string, paths: string[]): void {
  const texts = [{ where: `${name} stdout`, text: run.stdout }, { where: `${name} stderr`, text: run.stderr }, ...textsUnder(paths)]
  const findings = findSecrets(texts, canaries.secrets, canaries.basicPairs)
  recordReliability(meta, { scanned: texts.length, secretsFound: findings.length })
  expect(findings).toEqual([])
}

beforeAll(async () => {
  canaries = await canaryEnvironment()
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the secrets scan', () => {
  it('finds a canary planted as is, in base64 and in an HTTP Basic header', () => {
    const planted = new Map([['EXAMPLE_SECRET', 'canary-planted-value']])
    const texts = [
      { where: 'raw', text: 'x canary-planted-value y' },
      { where: 'base64', text: Buffer.from('canary-planted-value').toString('base64') },
      { where: 'basic', text: `Authorization: Basic ${Buffer.from('client-id:canary-planted-value').toString('base64')}` },
      { where: 'clean', text: 'nothing here' },
    ]
    const found = findSecrets(texts, planted, [['client-id', 'canary-planted-value']]).map((finding) => finding.where)
    expect([...new Set(found)]).toEqual(['raw', 'base64', 'basic'])
  })
})

describe('canary secrets in the environment', { timeout: 300_000 }, () => {
  it.skipIf(!scriptExists('verify'))('never reach verify’s output, report or error messages, against real-sandbox settings that fail', async ({ task }) => {
    const out = join(scratch, 'verify.json')
    const run = await runWithCanaries('verify', ['--format', 'json', '--out', out, '--deadline', '90', '--retries', '0'])
    expect(run.signal).toBeNull()
    expect(existsSync(out), run.stderr).toBe(true)
    // The canaries were used: at least one vendor was verified against the real-sandbox settings.
    expect(readFileSync(out, 'utf8')).toContain('127.0.0.1:9')
    expectNoSecrets(task.meta, run, 'verify', [out])
  })

  it.skipIf(!scriptExists('drift'))('never reach drift’s output or report', async ({ task }) => {
    const out = join(scratch, 'drift.json')
    const run = await runWithCanaries('drift', ['--format', 'json', '--out', out])
    expect(existsSync(out), run.stderr).toBe(true)
    expectNoSecrets(task.meta, run, 'drift', [out])
  })

  it.skipIf(!scriptExists('report'))('never reach the HTML, Markdown or JUnit report built from those results', async ({ task }) => {
    const outDir = join(scratch, 'reports')
    const run = await runWithCanaries('report', ['--verify', join(scratch, 'verify.json'), '--drift', join(scratch, 'drift.json'), '--out-dir', outDir])
    expect(readdirSync(outDir).length).toBeGreaterThan(0)
    expectNoSecrets(task.meta, run, 'report', [outDir])
  })

  it.skipIf(!scriptExists('bench'))('never reach the quick bench’s output or figures', async ({ task }) => {
    const out = join(scratch, 'bench.json')
    const run = await runWithCanaries('bench', ['--only', 'docs', '--quick', '--load', 'none', '--out', out])
    expect(existsSync(out), run.stderr).toBe(true)
    expectNoSecrets(task.meta, run, 'bench', [out])
  })

  it('never reach committed contracts, reports, snapshots or anything printed', ({ task }) => {
    const paths = ['contracts', 'reports', 'providers/doc-snapshots', 'test/__snapshots__'].map((path) => join(PROJECT_ROOT, path))
    const texts = [...printed, ...textsUnder(paths), ...textsUnder([scratch])]
    const findings = findSecrets(texts, canaries.secrets, canaries.basicPairs)
    recordReliability(task.meta, { scanned: texts.length, secretsFound: findings.length })
    expect(texts.length).toBeGreaterThan(10)
    expect(findings).toEqual([])
  })
})
