import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import type { BenchOptions, BenchSectionResult } from './bench-types.ts'
import { verificationRows } from './verification-rows.ts'
import { timeVerificationRun, type VerificationRun } from './verification-timing.ts'

/**
 * The `verification` section of `npm run bench`: provider verification of the real contracts
 * against every vendor's reference sandbox with the library `npm run verify` uses, per interaction
 * serial (one vendor at a time) against parallel (all vendors at once), beside the raw loopback
 * floor measured in the same run; each figure a median over `--runs` runs (`--quick`: one run).
 *
 * @example
 * const result = await benchVerification({ runs: 3, log: console.error, … })
 */
export async function benchVerification(options: BenchOptions): Promise<BenchSectionResult> {
  const runs: VerificationRun[] = []
  for (let run = 1; run <= options.runs; run++) {
    options.log(`verification: run ${run}/${options.runs}, ${VENDOR_IDS.length} vendors serial then parallel`)
    runs.push(await timeVerificationRun(VENDOR_IDS))
  }
  return { section: 'verification', rows: verificationRows(runs), details: runs }
}
