import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { recordReliability } from '../../scripts/lib/reliability/reliability-meta.ts'
import { compareContracts, describeDifference } from '../../scripts/lib/generate-contracts.ts'
import '../hardening/support/reliability-task-meta.ts'
import { runProcess, type ScriptRun } from '../support/run-script.ts'
import { canaryEnvironment, type CanaryEnvironment } from '../security/support/canary-environment.ts'
import { findSecrets, textsUnder } from '../security/support/find-secrets.ts'

/**
 * The Pact contract tests (test/contract) run once, as `npm run contracts` runs them but into a
 * scratch folder, with canary secrets in their environment, beside the client unit tests
 * (test/consumers). One run answers three questions: do they pass, is contracts/ what they write
 * today, and does any secret reach a pact file or their output.
 */
const scratch = mkdtempSync(join(tmpdir(), 'contract-run-'))
const pactDir = join(scratch, 'contracts')
let canaries: CanaryEnvironment
let run: ScriptRun

beforeAll(async () => {
  canaries = await canaryEnvironment()
  const vitest = join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest')
  run = await runProcess(vitest, ['run', 'test/contract/', 'test/consumers/', '--maxWorkers=1'], { ...canaries.env, PACT_OUT_DIR: pactDir }, 230_000)
}, 240_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the contract tests, run once with canary secrets in their environment', () => {
  it('pass, and write a pact file for every contract test file', () => {
    expect(run.code, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`).toBe(0)
    expect(readdirSync(pactDir).length).toBeGreaterThanOrEqual(readdirSync(join(PROJECT_ROOT, 'contracts')).length)
  })

  it('write exactly the committed contracts, so contracts/ is fresh', () => {
    const differences = compareContracts(pactDir, join(PROJECT_ROOT, 'contracts')).map(describeDifference)
    expect(differences, 'contracts/ is stale: run `npm run contracts`, review the diff and commit it with the change that caused it').toEqual([])
  })

  it('never let a secret reach the pact files they write, nor their output or the unit tests’ output', ({ task }) => {
    const texts = [
      { where: 'contract and unit tests stdout', text: run.stdout },
      { where: 'contract and unit tests stderr', text: run.stderr },
      ...textsUnder([pactDir]),
    ]
    const findings = findSecrets(texts, canaries.secrets, canaries.basicPairs)
    recordReliability(task.meta, { scanned: texts.length, secretsFound: findings.length })
    expect(texts.length).toBeGreaterThan(2)
    expect(findings).toEqual([])
  })
})
