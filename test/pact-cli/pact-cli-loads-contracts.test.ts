import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

const verifier = join(PROJECT_ROOT, 'node_modules', '.bin', 'pact-verifier')
const contracts = join(PROJECT_ROOT, 'contracts')

/**
 * Loads a pact file in the standalone `pact-verifier` from @pact-foundation/pact-cli without
 * verifying anything: a description filter no interaction has, and a provider port nothing uses
 * (nothing is sent), so only the loading is checked.
 */
function loadInPactVerifier(file: string) {
  const run = spawnSync(
    verifier,
    ['--file', file, '--hostname', '127.0.0.1', '--port', '9', '--filter-description', '^no interaction has this description$', '--loglevel', 'error'],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 30_000,
    },
  )
  // eslint-disable-next-line no-control-regex
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') }
}

describe('the standalone pact-verifier', () => {
  it.each(readdirSync(contracts).filter((name) => name.endsWith('.json')))('loads %s without errors', (name) => {
    const pact = JSON.parse(readFileSync(join(contracts, name), 'utf8')) as { consumer: { name: string }; provider: { name: string } }
    const { status, output } = loadInPactVerifier(join(contracts, name))
    expect(status).toBe(0)
    expect(output).toContain(`Verifying a pact between ${pact.consumer.name} and ${pact.provider.name}`)
    expect(output).not.toMatch(/WARNING|ERROR|Failed to load/)
  })

  it('refuses a file that is not a pact, so the check above can fail', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pact-cli-')), 'broken.json')
    writeFileSync(file, '{ "consumer": ')
    const { status, output } = loadInPactVerifier(file)
    expect(status).not.toBe(0)
    expect(output).toContain('Failed to load pact')
  })
})
