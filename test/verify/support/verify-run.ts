import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPactFile, type PactFile, type PactInteraction } from '../../../providers/verification/pact-file.ts'
import { allProfiles } from '../../../providers/verification/profiles.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { runVerification } from '../../../scripts/lib/verify/run-verification.ts'
import type { VerificationReport } from '../../../scripts/lib/verify/verification-report.ts'
import { parseVerifyOptions, type VerifyOptions } from '../../../scripts/lib/verify/verify-options.ts'

/**
 * The committed pact file whose provider is `vendor` (the contracts each test verifies):
 * `contracts/<consumer>-<vendor>.json`, the consumer named by the vendor's catalog.
 *
 * @example
 * contractOf(vendor).interactions.length
 */
export function contractOf(vendor: VendorId): PactFile {
  return readPactFile(join(PROJECT_ROOT, 'contracts', `${loadCatalog(vendor).consumer}-${vendor}.json`))
}

/**
 * Writes pact files into a fresh folder (for `--contracts`): whole files, or only some of their
 * interactions, so a test verifies just what it is about.
 */
export function contractsFolder(pacts: { pact: PactFile; keep?: (interaction: PactInteraction) => boolean }[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'verify-test-contracts-'))
  for (const { pact, keep } of pacts) {
    const interactions = pact.interactions.filter((interaction) => keep?.(interaction) ?? true).map((interaction) => interaction.raw)
    writeFileSync(join(dir, `${pact.consumer}-${pact.provider}.json`), JSON.stringify({ ...pact.envelope, interactions }))
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The environment for a test run: this process's, without any vendor's real-sandbox variables
 * (a developer's or CI's real credentials must never turn a test into a real-sandbox run).
 */
export async function testEnv(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const names = new Set((await allProfiles()).flatMap((profile) => [profile.urlEnv.name, ...profile.env.map((variable) => variable.name)]))
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !names.has(name)))
  return { ...env, ...extra }
}

/** Verifies with `npm run verify`'s defaults plus `overrides`, in a clean test environment. */
export async function verify(overrides: Partial<VerifyOptions>, extraEnv: Record<string, string> = {}): Promise<VerificationReport> {
  return runVerification({ ...parseVerifyOptions([]), ...overrides }, await testEnv(extraEnv))
}

/** The outcomes of a vendor's interactions, by description. */
export function outcomesOf(report: VerificationReport, vendor: VendorId): Map<string, string> {
  const found = report.vendors.find((entry) => entry.vendor === vendor)
  if (!found) throw new Error(`the report has no ${vendor}`)
  return new Map(found.interactions.map((interaction) => [interaction.description, interaction.outcome]))
}
