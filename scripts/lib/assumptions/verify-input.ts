import { z } from 'zod'
import { VerifiedVendor } from '../report/verify-results.ts'

/** One vendor of a verify report, with what tells a real target from a reference sandbox. */
export const VerifiedTarget = VerifiedVendor.extend({
  /** Absent in reports written before the field existed: then the target counts as not real. */
  targetKind: z.enum(['reference', 'url', 'real']).optional(),
  /** Whether the target answered as our reference sandbox (absent in older reports). */
  referenceSandbox: z.boolean().optional(),
})

/**
 * A verify report (`npm run verify -- --format json`) as far as the assumption ledger reads it.
 * Loose: other fields of the report pass through unread.
 *
 * @example
 * VerifyRun.parse(JSON.parse(readFileSync('reports/verify.json', 'utf8'))).vendors[0]?.referenceSandbox // true
 */
export const VerifyRun = z.looseObject({
  startedAt: z.iso.datetime({ offset: true }).optional(),
  vendors: z.array(VerifiedTarget),
})

export type VerifiedTarget = z.output<typeof VerifiedTarget>
export type VerifyRun = z.output<typeof VerifyRun>
