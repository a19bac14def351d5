import { performance } from 'node:perf_hooks'
import { loadProfile } from '../../../providers/verification/profiles.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { runVerification } from '../verify/run-verification.ts'
import type { VerificationReport } from '../verify/verification-report.ts'
import { parseVerifyOptions } from '../verify/verify-options.ts'
import { loopbackFloorMs } from './loopback-floor.ts'

/** The figures of one verification run (all in the same run, so their ratios hold within it). */
export interface VerificationRun {
  vendors: VendorId[]
  /** Interactions verified, over all vendors. */
  interactions: number
  /** A plain `fetch` to a `node:http` server on loopback, per request, in ms. */
  loopbackMs: number
  /** Wall time verifying one vendor at a time (each its own `runVerification`), in ms. */
  serialWallMs: number
  /** Wall time verifying all vendors at once (one `runVerification`, a worker per vendor), in ms. */
  parallelWallMs: number
  /** Wall time of each vendor alone, in ms. */
  serialByVendorMs: Partial<Record<VendorId, number>>
  /** The median of the verifier's own per-interaction times (no worker start-up), serial and parallel, in ms. */
  serialInWorkerMs: number
  parallelInWorkerMs: number
}

/**
 * Times one run against the reference sandboxes with the real verification library (what
 * `npm run verify` calls) and the real contracts: the loopback floor, then each vendor alone, then
 * all vendors at once. Real-sandbox variables are left out, so every vendor uses its reference
 * sandbox. Throws when any interaction is `unavailable` (the figures would not be verification).
 *
 * @example
 * const run = await timeVerificationRun(['plansource', 'usta']) // { serialWallMs: 9100, parallelWallMs: 5200, … }
 */
export async function timeVerificationRun(vendors: readonly VendorId[], contractsDir?: string): Promise<VerificationRun> {
  const env = await referenceOnlyEnv(vendors)
  const optionsFor = (selected: readonly VendorId[]) =>
    parseVerifyOptions([...selected.flatMap((vendor) => ['--vendor', vendor]), '--quiet', ...(contractsDir ? ['--contracts', contractsDir] : [])])

  const loopbackMs = await loopbackFloorMs()

  const serialByVendorMs: Partial<Record<VendorId, number>> = {}
  const serialReports: VerificationReport[] = []
  const serialStart = performance.now()
  for (const vendor of vendors) {
    const start = performance.now()
    serialReports.push(checked(await runVerification(optionsFor([vendor]), env)))
    serialByVendorMs[vendor] = performance.now() - start
  }
  const serialWallMs = performance.now() - serialStart

  const parallelStart = performance.now()
  const parallelReport = checked(await runVerification(optionsFor(vendors), env))
  const parallelWallMs = performance.now() - parallelStart

  return {
    vendors: [...vendors],
    interactions: interactionCount([parallelReport]),
    loopbackMs,
    serialWallMs,
    parallelWallMs,
    serialByVendorMs,
    serialInWorkerMs: medianDuration(serialReports),
    parallelInWorkerMs: medianDuration([parallelReport]),
  }
}

/** The process environment without any vendor's real-sandbox URL variable. */
async function referenceOnlyEnv(vendors: readonly VendorId[]): Promise<NodeJS.ProcessEnv> {
  const env = { ...process.env }
  for (const vendor of vendors) {
    const profile = await loadProfile(vendor)
    if (profile) delete env[profile.urlEnv.name]
  }
  return env
}

function checked(report: VerificationReport): VerificationReport {
  const unavailable = report.vendors.flatMap((vendor) =>
    vendor.interactions.filter((interaction) => interaction.outcome === 'unavailable').map((interaction) => `${vendor.vendor}: ${interaction.description}`),
  )
  if (unavailable.length) throw new Error(`verification bench: ${unavailable.length} interaction(s) unavailable, e.g. ${unavailable[0]}`)
  if (interactionCount([report]) === 0) throw new Error('verification bench: no interaction to verify')
  return report
}

function interactionCount(reports: readonly VerificationReport[]): number {
  return reports.reduce((total, report) => total + report.vendors.reduce((sum, vendor) => sum + vendor.interactions.length, 0), 0)
}

function medianDuration(reports: readonly VerificationReport[]): number {
  const durations = reports
    .flatMap((report) => report.vendors.flatMap((vendor) => vendor.interactions.map((interaction) => interaction.durationMs)))
    .sort((a, b) => a - b)
  const middle = Math.floor(durations.length / 2)
  return durations.length % 2 ? durations[middle]! : (durations[middle - 1]! + durations[middle]!) / 2
}
