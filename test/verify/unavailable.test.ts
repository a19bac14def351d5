import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyCommand } from '../../scripts/lib/verify/verify-command.ts'
import { contractOf, contractsFolder, outcomesOf, testEnv, verify } from './support/verify-run.ts'

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const folders: { remove(): void }[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove()
})

describe('interactions that cannot be verified', () => {
  it('reports every interaction unavailable, never mismatch, and exits 2 when the target is down', async () => {
    const out: string[] = []
    const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: () => true }, env: await testEnv() }
    const started = Date.now()
    // The assumption ledger goes to a scratch folder, not the project's reports/.
    const scratch = contractsFolder([])
    folders.push(scratch)
    const ledger = join(scratch.dir, 'assumptions.json')
    const code = await verifyCommand(
      [
        '--vendor',
        'plusauth',
        '--target',
        `plusauth=http://127.0.0.1:${await closedPort()}`,
        '--format',
        'json',
        '--backoff',
        '0.01',
        '--quiet',
        '--assumptions',
        ledger,
      ],
      io,
    )
    expect(code).toBe(2)
    const report = JSON.parse(out.join('')) as { vendors: { interactions: { outcome: string; reason?: string }[] }[] }
    const interactions = report.vendors[0]!.interactions
    expect(interactions).toHaveLength(contractOf('plusauth').interactions.length)
    for (const interaction of interactions) {
      expect(interaction.outcome).toBe('unavailable')
      expect(interaction.reason).toMatch(/connection refused/)
    }
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it('names a provider state that has no handler, and does not verify the interaction', async () => {
    const pact = contractOf('plansource')
    const [first] = pact.interactions
    const renamed = { ...pact, interactions: [{ ...first!, raw: { ...first!.raw, providerStates: [{ name: 'the moon is full' }] } }] }
    const folder = contractsFolder([{ pact: renamed }])
    folders.push(folder)
    const report = await verify({ vendors: ['plansource'], contractsDir: folder.dir })
    const [interaction] = report.vendors[0]!.interactions
    expect(interaction?.outcome).toBe('unavailable')
    expect(interaction?.reason).toContain('"the moon is full"')
    expect(report.exitCode).toBe(2)
  }, 90_000)

  it('reports an interaction whose provider state cannot be reached as unavailable, not as a mismatch', async () => {
    // The contract's user exists; a user id nobody has makes the state unreachable (the PATCH would answer 404).
    const pact = contractOf('plusauth')
    const interactions = pact.interactions
      .filter((interaction) => interaction.providerStates.some((state) => state.name === 'a user with id {id} exists'))
      .map((interaction) => ({
        ...interaction,
        raw: { ...interaction.raw, providerStates: [{ name: 'a user with id {id} exists', params: { id: 'usr_nobody' } }] },
      }))
    expect(interactions.length).toBeGreaterThan(0)
    const folder = contractsFolder([{ pact: { ...pact, interactions } }])
    folders.push(folder)
    const report = await verify({ vendors: ['plusauth'], contractsDir: folder.dir })
    for (const interaction of report.vendors[0]!.interactions) {
      expect(interaction.outcome).toBe('unavailable')
      expect(interaction.reason).toMatch(/provider state "a user with id \{id\} exists" could not be set up: .*usr_nobody/)
    }
  }, 90_000)

  it('reports vendor-side failures as unavailable on a target that is not a reference sandbox', async () => {
    // A reference sandbox behind a plain proxy does not describe itself, so no fault switch is offered.
    const { startFaultProxy } = await import('./support/fault-proxy.ts')
    const { startReferenceSandbox } = await import('../../providers/reference-sandboxes.ts')
    const sandbox = await startReferenceSandbox('docplanner')
    const proxy = await startFaultProxy(sandbox.url, ({ path }) => (path.startsWith('/__reference-sandbox') ? { kind: 'answer', status: 404 } : undefined))
    try {
      const pact = contractOf('docplanner')
      const folder = contractsFolder([
        { pact, keep: (interaction) => interaction.providerStates.some((state) => state.name === 'the Docplanner API answers {status}') },
      ])
      folders.push(folder)
      const report = await verify({ vendors: ['docplanner'], contractsDir: folder.dir, targets: new Map([['docplanner', proxy.url]]) })
      const outcomes = outcomesOf(report, 'docplanner')
      expect(outcomes.size).toBe(4)
      for (const interaction of report.vendors[0]!.interactions) {
        expect(interaction.outcome).toBe('unavailable')
        expect(interaction.reason).toMatch(/cannot be caused through the public API/)
      }
    } finally {
      await proxy.close()
      await sandbox.close()
    }
  }, 90_000)
})
