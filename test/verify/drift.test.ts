import { afterAll, describe, expect, it } from 'vitest'
import { APLOS_MESSAGE_KEYS } from '../../providers/aplos/sandbox/envelope.ts'
import { DOCPLANNER_MESSAGE_KEYS } from '../../providers/docplanner/sandbox/envelope.ts'
import { PLANSOURCE_MESSAGE_KEYS } from '../../providers/plansource/sandbox/envelope.ts'
import { PLUSAUTH_MESSAGE_KEYS } from '../../providers/plusauth/sandbox/envelope.ts'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { Drift } from '../../providers/sandbox-kit/drift.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { USTA_MESSAGE_KEYS } from '../../providers/usta/sandbox/envelope.ts'
import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { affectedBy } from './support/drift-expectations.ts'
import { contractOf, contractsFolder, outcomesOf, verify } from './support/verify-run.ts'

const MESSAGE_KEYS: Record<VendorId, readonly string[]> = {
  plansource: PLANSOURCE_MESSAGE_KEYS,
  docplanner: DOCPLANNER_MESSAGE_KEYS,
  aplos: APLOS_MESSAGE_KEYS,
  plusauth: PLUSAUTH_MESSAGE_KEYS,
  usta: USTA_MESSAGE_KEYS,
}

/** One drift per vendor, each of a different kind. */
const DRIFTS: Partial<Record<VendorId, Drift>> = {
  plansource: { kind: 'rename-key', from: 'error_code', to: 'code' },
  plusauth: { kind: 'status', from: 404, to: 410 },
  aplos: { kind: 'value', key: 'code', from: 3001, to: 3999 },
  docplanner: { kind: 'content-type', to: 'application/json' },
}

const sandboxes: ReferenceSandbox[] = []
const folders: { remove(): void }[] = []
afterAll(async () => {
  for (const folder of folders) folder.remove()
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()))
})

/** One verification of the four drifted vendors, shared by the tests that read it. */
let drifted: Promise<VerificationReport> | undefined
const driftedReport = () => (drifted ??= driftedTargets(DRIFTS).then((targets) => verify({ vendors: Object.keys(DRIFTS) as VendorId[], targets })))

async function driftedTargets(drifts: Partial<Record<VendorId, Drift>>): Promise<Map<VendorId, string>> {
  const targets = new Map<VendorId, string>()
  for (const [vendor, drift] of Object.entries(drifts) as [VendorId, Drift][]) {
    const sandbox = await startReferenceSandbox(vendor, { drift: [drift] })
    sandboxes.push(sandbox)
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
  it('reports a mismatch for exactly the interactions a renamed key, changed status, changed code or changed content type affects', async () => {
    const vendors = Object.keys(DRIFTS) as VendorId[]
    const report = await driftedReport()
    expect(report.exitCode).toBe(1)
    for (const vendor of vendors) {
      const expected = affectedBy(DRIFTS[vendor]!, contractOf(vendor), MESSAGE_KEYS[vendor])
      expect(expected.size, `${vendor}: the drift must affect some interaction`).toBeGreaterThan(0)
      const outcomes = outcomesOf(report, vendor)
      expect(nonPending(vendor, outcomes, 'mismatch'), vendor).toEqual(expected)
      expect(nonPending(vendor, outcomes, 'verified').size, vendor).toBe(
        contractOf(vendor).interactions.filter((interaction) => interaction.raw.pending !== true).length - expected.size,
      )
    }
  }, 240_000)

  it('names the drifted field in each mismatch', async () => {
    const report = await driftedReport()
    const mismatchesOf = (vendor: VendorId) =>
      report.vendors.find((entry) => entry.vendor === vendor)!.interactions.flatMap((interaction) => interaction.mismatches)
    expect(mismatchesOf('plusauth')).toContainEqual(expect.objectContaining({ field: 'status', expected: 404, actual: 410 }))
    expect(mismatchesOf('aplos')).toContainEqual(expect.objectContaining({ field: 'body $.exception.code', expected: 3001, actual: 3999 }))
    expect(mismatchesOf('plansource').map((mismatch) => mismatch.detail)).toContainEqual(expect.stringContaining('error_code'))
    expect(mismatchesOf('docplanner')).toContainEqual(expect.objectContaining({ field: 'header Content-Type', actual: 'application/json' }))
  }, 240_000)

  it('reports a reworded message as a mismatch exactly where the contract pins the message (it tells errors apart), and nowhere it matches by type', async () => {
    // Every vendor's envelope is exercised by its interactions without provider states; those are cheap to run.
    // Pending ones are left out: a sandbox may refuse their request (no operation of the vendor's reference fits it).
    const kept = (interaction: { providerStates: unknown[]; raw: { pending?: unknown } }) =>
      interaction.providerStates.length === 0 && interaction.raw.pending !== true
    const folder = contractsFolder(VENDOR_IDS.map((vendor) => ({ pact: contractOf(vendor), keep: kept })))
    folders.push(folder)
    const drifts = Object.fromEntries(VENDOR_IDS.map((vendor) => [vendor, { kind: 'reword-messages' } as Drift]))
    const report = await verify({ targets: await driftedTargets(drifts), contractsDir: folder.dir })
    let pinned = 0
    for (const vendor of VENDOR_IDS) {
      const keptNames = new Set(
        contractOf(vendor)
          .interactions.filter(kept)
          .map((interaction) => interaction.description),
      )
      const expected = new Set([...affectedBy({ kind: 'reword-messages' }, contractOf(vendor), MESSAGE_KEYS[vendor])].filter((name) => keptNames.has(name)))
      pinned += expected.size
      const outcomes = outcomesOf(report, vendor)
      expect(outcomes.size, vendor).toBeGreaterThan(0)
      expect(nonPending(vendor, outcomes, 'mismatch'), vendor).toEqual(expected)
      expect(nonPending(vendor, outcomes, 'verified').size, vendor).toBe(outcomes.size - expected.size)
    }
    expect(report.exitCode).toBe(pinned > 0 ? 1 : 0)
  }, 240_000)
})
