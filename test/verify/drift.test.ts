import { afterAll, describe, expect, it } from 'vitest'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { Drift } from '../../providers/sandbox-kit/drift.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import type { VendorId } from '../../providers/vendor-ids.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { affectedBy } from './support/drift-expectations.ts'
import { casesOf } from './support/verification-cases.ts'
import { contractOf, contractsFolder, outcomesOf, verify } from './support/verify-run.ts'

/** Each vendor's own drift (`providers/<id>/verification-cases.ts`), of a kind of its choosing. */
const DRIFTS = casesOf('drift', testedVendors())

const sandboxes = new Map<VendorId, ReferenceSandbox>()
const folders: { remove(): void }[] = []
afterAll(async () => {
  for (const folder of folders) folder.remove()
  await Promise.all([...sandboxes.values()].map((sandbox) => sandbox.close()))
})

/** One verification of the drifted vendors, shared by the tests that read it. */
let drifted: Promise<VerificationReport> | undefined
const driftedReport = () =>
  (drifted ??= driftedTargets(new Map(DRIFTS.map(([vendor, { drift }]) => [vendor, drift]))).then((targets) =>
    verify({ vendors: DRIFTS.map(([vendor]) => vendor), targets }),
  ))

/** Starts each vendor's reference sandbox with its drift; the sandboxes are kept for their message keys. */
async function driftedTargets(drifts: Map<VendorId, Drift>): Promise<Map<VendorId, string>> {
  const targets = new Map<VendorId, string>()
  for (const [vendor, drift] of drifts) {
    const sandbox = await startReferenceSandbox(vendor, { drift: [drift] })
    await sandboxes.get(vendor)?.close()
    sandboxes.set(vendor, sandbox)
    targets.set(vendor, sandbox.url)
  }
  return targets
}

const nonPending = (vendor: VendorId, outcomes: Map<string, string>, outcome: string) =>
  new Set(
    contractOf(vendor)
      .interactions.filter((interaction) => interaction.raw.pending !== true && outcomes.get(interaction.description) === outcome)
      .map((interaction) => interaction.description),
  )

describe('verification against a drifted sandbox', () => {
  it('has vendors that offer a drift to provoke', () => {
    expect(DRIFTS.length, 'no tested vendor offers a drift in providers/<id>/verification-cases.ts').toBeGreaterThan(0)
  })

  it.runIf(DRIFTS.length > 0)(
    "reports a mismatch for exactly the interactions each vendor's drift (a renamed key, a changed status, code or content type) affects",
    async () => {
      const report = await driftedReport()
      expect(report.exitCode).toBe(1)
      for (const [vendor, { drift }] of DRIFTS) {
        const expected = affectedBy(drift, contractOf(vendor), sandboxes.get(vendor)!.messageKeys)
        expect(expected.size, `${vendor}: the drift must affect some interaction`).toBeGreaterThan(0)
        const outcomes = outcomesOf(report, vendor)
        expect(nonPending(vendor, outcomes, 'mismatch'), vendor).toEqual(expected)
        expect(nonPending(vendor, outcomes, 'verified').size, vendor).toBe(
          contractOf(vendor).interactions.filter((interaction) => interaction.raw.pending !== true).length - expected.size,
        )
      }
    },
    240_000,
  )

  it.runIf(DRIFTS.length > 0)(
    'names the drifted field in each mismatch',
    async () => {
      const report = await driftedReport()
      for (const [vendor, { mismatch }] of DRIFTS) {
        const mismatches = report.vendors.find((entry) => entry.vendor === vendor)!.interactions.flatMap((interaction) => interaction.mismatches)
        const { detail, ...exact } = mismatch
        expect(mismatches, vendor).toContainEqual(
          expect.objectContaining({ ...exact, ...(detail === undefined ? {} : { detail: expect.stringContaining(detail) }) }),
        )
      }
    },
    240_000,
  )

  it('reports a reworded message as a mismatch exactly where the contract pins the message (it tells errors apart), and nowhere it matches by type', async () => {
    // Every vendor's envelope is exercised by its interactions without provider states; those are cheap to run.
    // Pending ones are left out: a sandbox may refuse their request (no operation of the vendor's reference fits it).
    const kept = (interaction: { providerStates: unknown[]; raw: { pending?: unknown } }) =>
      interaction.providerStates.length === 0 && interaction.raw.pending !== true
    const vendors = testedVendors()
    const folder = contractsFolder(vendors.map((vendor) => ({ pact: contractOf(vendor), keep: kept })))
    folders.push(folder)
    const targets = await driftedTargets(new Map(vendors.map((vendor) => [vendor, { kind: 'reword-messages' }])))
    const report = await verify({ vendors, targets, contractsDir: folder.dir })
    let pinned = 0
    for (const vendor of vendors) {
      const keptNames = new Set(
        contractOf(vendor)
          .interactions.filter(kept)
          .map((interaction) => interaction.description),
      )
      // A vendor with drafts only (all pending) has nothing here to verify.
      if (keptNames.size === 0) continue
      const messageKeys = sandboxes.get(vendor)!.messageKeys
      const expected = new Set([...affectedBy({ kind: 'reword-messages' }, contractOf(vendor), messageKeys)].filter((name) => keptNames.has(name)))
      pinned += expected.size
      const outcomes = outcomesOf(report, vendor)
      expect(outcomes.size, vendor).toBeGreaterThan(0)
      expect(nonPending(vendor, outcomes, 'mismatch'), vendor).toEqual(expected)
      expect(nonPending(vendor, outcomes, 'verified').size, vendor).toBe(outcomes.size - expected.size)
    }
    expect(report.exitCode).toBe(pinned > 0 ? 1 : 0)
  }, 240_000)
})
