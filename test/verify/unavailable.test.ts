import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadProfile } from '../../providers/verification/profiles.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import { verifyCommand } from '../../scripts/lib/verify/verify-command.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { casesOf } from './support/verification-cases.ts'
import { contractOf, contractsFolder, outcomesOf, testEnv, verify } from './support/verify-run.ts'

/** Some vendor: the first tested one. */
const vendor = testedVendors()[0]!

/** The interactions of a vendor's contract whose provider state is a vendor-side failure only a reference sandbox answers. */
async function vendorSideFailures(of: VendorId): Promise<Set<string>> {
  const states = (await loadProfile(of))?.states ?? {}
  return new Set(
    contractOf(of)
      .interactions.filter((interaction) => interaction.providerStates.some((state) => states[state.name]?.vendorSideFailure))
      .map((interaction) => interaction.description),
  )
}

/** The first tested vendor with such interactions, and their descriptions. */
let failing: { owner: VendorId; failures: Set<string> } | undefined
for (const candidate of testedVendors()) {
  const failures = await vendorSideFailures(candidate)
  if (failures.size > 0) {
    failing = { owner: candidate, failures }
    break
  }
}

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
        vendor,
        '--target',
        `${vendor}=http://127.0.0.1:${await closedPort()}`,
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
    expect(interactions).toHaveLength(contractOf(vendor).interactions.length)
    for (const interaction of interactions) {
      expect(interaction.outcome).toBe('unavailable')
      expect(interaction.reason).toMatch(/connection refused/)
    }
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it('names a provider state that has no handler, and does not verify the interaction', async () => {
    const pact = contractOf(vendor)
    const [first] = pact.interactions
    const renamed = { ...pact, interactions: [{ ...first!, raw: { ...first!.raw, providerStates: [{ name: 'the moon is full' }] } }] }
    const folder = contractsFolder([{ pact: renamed }])
    folders.push(folder)
    const report = await verify({ vendors: [vendor], contractsDir: folder.dir })
    const [interaction] = report.vendors[0]!.interactions
    expect(interaction?.outcome).toBe('unavailable')
    expect(interaction?.reason).toContain('"the moon is full"')
    expect(report.exitCode).toBe(2)
  }, 90_000)

  // A state given parameters no entity has, as a vendor offers it (providers/<id>/verification-cases.ts); the first such vendor.
  const [unreachable] = casesOf('unreachableState', testedVendors())

  it.runIf(unreachable)(
    'reports an interaction whose provider state cannot be reached as unavailable, not as a mismatch',
    async () => {
      const [owner, state] = unreachable!
      const pact = contractOf(owner)
      const interactions = pact.interactions
        .filter((interaction) => interaction.providerStates.some((given) => given.name === state.name))
        .map((interaction) => ({ ...interaction, raw: { ...interaction.raw, providerStates: [{ name: state.name, params: state.params }] } }))
      expect(interactions.length, `${owner}: no interaction of its contract is in the state "${state.name}"`).toBeGreaterThan(0)
      const folder = contractsFolder([{ pact: { ...pact, interactions } }])
      folders.push(folder)
      const report = await verify({ vendors: [owner], contractsDir: folder.dir })
      for (const interaction of report.vendors[0]!.interactions) {
        expect(interaction.outcome).toBe('unavailable')
        expect(interaction.reason).toMatch(state.reason)
      }
    },
    90_000,
  )

  it.runIf(failing)(
    'reports vendor-side failures as unavailable on a target that is not a reference sandbox',
    async () => {
      const { owner, failures } = failing!
      // A reference sandbox behind a plain proxy does not describe itself, so no fault switch is offered.
      const { startFaultProxy } = await import('./support/fault-proxy.ts')
      const { startReferenceSandbox } = await import('../../providers/reference-sandboxes.ts')
      const sandbox = await startReferenceSandbox(owner)
      const proxy = await startFaultProxy(sandbox.url, ({ path }) => (path.startsWith('/__reference-sandbox') ? { kind: 'answer', status: 404 } : undefined))
      try {
        const folder = contractsFolder([{ pact: contractOf(owner), keep: (interaction) => failures.has(interaction.description) }])
        folders.push(folder)
        const report = await verify({ vendors: [owner], contractsDir: folder.dir, targets: new Map([[owner, proxy.url]]) })
        const outcomes = outcomesOf(report, owner)
        expect(outcomes.size).toBe(failures.size)
        for (const interaction of report.vendors[0]!.interactions) {
          expect(interaction.outcome).toBe('unavailable')
          expect(interaction.reason).toMatch(/cannot be caused through the public API/)
        }
      } finally {
        await proxy.close()
        await sandbox.close()
      }
    },
    90_000,
  )
})
