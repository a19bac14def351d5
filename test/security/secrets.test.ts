import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import '../hardening/support/reliability-task-meta.ts'
import { runScript, scriptExists, type ScriptRun } from '../hardening/support/run-script.ts'
import { findSecrets, textsUnder, type ScannedText } from './support/find-secrets.ts'

/**
 * Secret variables read somewhere in the project, beyond what `npm run verify -- --list-env` marks
 * secret: the brief's canary, keys the clients read, CI and broker tokens.
 */
const KNOWN_SECRET_VARIABLES = [
  'PLANSOURCE_CLIENT_SECRET',
  'PLANSOURCE_PRIVATE_KEY',
  'PLANSOURCE_ACCESS_TOKEN',
  'DOCPLANNER_CLIENT_SECRET',
  'APLOS_PRIVATE_KEY',
  'APLOS_ACCESS_TOKEN',
  'PLUSAUTH_CLIENT_SECRET',
  'USTA_CLIENT_SECRET',
  'GITHUB_TOKEN',
  'PACT_BROKER_TOKEN',
  'PACT_BROKER_PASSWORD',
]

const scratch = mkdtempSync(join(tmpdir(), 'secrets-'))
const canary = () => `canary-${randomBytes(9).toString('hex')}`

/** Variable name → canary value; filled in beforeAll from the verify command's own list. */
const secrets = new Map<string, string>()
/** Non-secret settings that make every command take its real-sandbox path (to a port where nothing listens). */
const settings: Record<string, string> = {}
/** Every stdout and stderr the commands printed, for the final sweep. */
const printed: ScannedText[] = []
const basicPairs: Array<[string, string]> = []

/** Runs a command with the canary environment and records what it printed. */
async function runWithCanaries(name: string, args: string[], timeoutMs = 180_000): Promise<ScriptRun> {
  const run = await runScript(name, args, { ...settings, ...Object.fromEntries(secrets) }, timeoutMs)
  printed.push({ where: `${name} stdout`, text: run.stdout }, { where: `${name} stderr`, text: run.stderr })
  return run
}

/** Scans a command's output and files, records the counts, and fails naming where a canary showed up. */
function expectNoSecrets(meta: object, run: ScriptRun, name: string, paths: string[]): void {
  const texts = [{ where: `${name} stdout`, text: run.stdout }, { where: `${name} stderr`, text: run.stderr }, ...textsUnder(paths)]
  const findings = findSecrets(texts, secrets, basicPairs)
  recordReliability(meta, { scanned: texts.length, secretsFound: findings.length })
  expect(findings).toEqual([])
}

beforeAll(async () => {
  const variables = new Set(KNOWN_SECRET_VARIABLES)
  if (scriptExists('verify')) {
    const listed = await runScript('verify', ['--list-env'])
    for (const line of listed.stdout.split('\n')) {
      const match = /^([A-Z][A-Z0-9_]*)( \(secret\))?:/.exec(line)
      if (match === null) continue
      if (match[2] !== undefined) variables.add(match[1]!)
      else if (match[1]!.endsWith('_SANDBOX_URL') || match[1]!.endsWith('_URL')) settings[match[1]!] = 'http://127.0.0.1:9'
      else settings[match[1]!] = `not-secret-${match[1]!.toLowerCase()}`
    }
  }
  for (const vendor of VENDOR_IDS) settings[`${vendor.toUpperCase()}_SANDBOX_URL`] ??= 'http://127.0.0.1:9'
  for (const variable of variables) secrets.set(variable, canary())
  for (const [name, value] of secrets) {
    const id = settings[name.replace(/_(CLIENT_SECRET|PASSWORD)$/, '_CLIENT_ID')] ?? settings[name.replace(/_PASSWORD$/, '_USERNAME')]
    if (id !== undefined) basicPairs.push([id, value])
  }
}, 120_000)
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

  it('never reach the pact files the contract tests write, nor their output', async ({ task }) => {
    const pactDir = join(scratch, 'contracts')
    const run = await runVitest(['run', 'test/contract'], { PACT_OUT_DIR: pactDir })
    expect(run.code, run.stdout.slice(-2000)).toBe(0)
    expect(readdirSync(pactDir).length).toBeGreaterThan(0)
    expectNoSecrets(task.meta, run, 'contract tests', [pactDir])
  })

  it('never reach the unit tests’ output', async ({ task }) => {
    const run = await runVitest(['run', 'test/consumers'], {})
    expect(run.code, run.stdout.slice(-2000)).toBe(0)
    expectNoSecrets(task.meta, run, 'unit tests', [])
  })

  it('never reach committed contracts, reports, snapshots or anything printed', ({ task }) => {
    const paths = ['contracts', 'reports', 'providers/doc-snapshots', 'test/__snapshots__'].map((path) => join(PROJECT_ROOT, path))
    const texts = [...printed, ...textsUnder(paths), ...textsUnder([scratch])]
    const findings = findSecrets(texts, secrets, basicPairs)
    recordReliability(task.meta, { scanned: texts.length, secretsFound: findings.length })
    expect(texts.length).toBeGreaterThan(10)
    expect(findings).toEqual([])
  })
})

/** Runs vitest as a child with the canary environment (vitest is a script too: node_modules/.bin). */
async function runVitest(args: string[], extra: Record<string, string>): Promise<ScriptRun> {
  const { spawn } = await import('node:child_process')
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...settings, ...Object.fromEntries(secrets), ...extra }
  return new Promise((resolve, reject) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest'), args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const run = { code, signal, stdout, stderr }
      printed.push({ where: `vitest ${args.join(' ')} stdout`, text: stdout }, { where: `vitest ${args.join(' ')} stderr`, text: stderr })
      resolve(run)
    })
  })
}
