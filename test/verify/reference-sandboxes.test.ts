import { describe, expect, it } from 'vitest'
import { testedVendors } from '../support/tested-vendors.ts'
import { contractOf, verify } from './support/verify-run.ts'

describe('verification against the reference sandboxes', () => {
  it('verifies every interaction of every vendor contract and exits 0 (2 when all are pending: drafts prove nothing)', async () => {
    const vendors = testedVendors()
    const report = await verify({ vendors })
    expect(report.vendors.map((vendor) => vendor.vendor)).toEqual(vendors)
    for (const vendor of report.vendors) {
      const contract = contractOf(vendor.vendor)
      expect(vendor.targetKind).toBe('reference')
      expect(vendor.target).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(vendor.interactions.map((interaction) => interaction.description)).toEqual(contract.interactions.map((interaction) => interaction.description))
      const notVerified = vendor.interactions.filter((interaction) => !interaction.pending && interaction.outcome !== 'verified')
      expect(
        notVerified.map(({ description, outcome, reason, mismatches }) => ({ description, outcome, reason, mismatches })),
        vendor.vendor,
      ).toEqual([])
    }
    const allPending = report.vendors.every((vendor) => vendor.interactions.every((interaction) => interaction.pending))
    expect(report.exitCode).toBe(allPending ? 2 : 0)
  }, 240_000)
})
