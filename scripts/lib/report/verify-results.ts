import { z } from 'zod'

/** One interaction's verification, as `npm run verify -- --format json` writes it. */
export const VerifiedInteraction = z.looseObject({
  description: z.string(),
  providerStates: z.array(z.looseObject({ name: z.string(), params: z.record(z.string(), z.unknown()).optional() })).default([]),
  request: z.looseObject({ method: z.string(), path: z.string() }),
  outcome: z.enum(['verified', 'mismatch', 'unavailable']),
  /** Field-by-field differences (objects) or sentences (strings); their shape is the verifier's. */
  mismatches: z.array(z.unknown()).default([]),
  /** A Pact pending interaction: its mismatch is reported but fails no build. */
  pending: z.boolean().optional(),
  /** Why it is `unavailable` (connection refused, state setup failed, ...). */
  reason: z.string().optional(),
  /** Retries, honoured waits and failed clean-ups along the way. */
  notes: z.array(z.string()).optional(),
})

/** One vendor's verification: the target (no credentials in it) and every interaction. */
export const VerifiedVendor = z.looseObject({
  vendor: z.string(),
  target: z.string(),
  interactions: z.array(VerifiedInteraction),
})

/**
 * The verification report, `reports/verify.json`.
 *
 * @example
 * VerifyResults.parse(JSON.parse(readFileSync('reports/verify.json', 'utf8')))
 */
export const VerifyResults = z.looseObject({ vendors: z.array(VerifiedVendor) })

export type VerifiedInteraction = z.output<typeof VerifiedInteraction>
export type VerifiedVendor = z.output<typeof VerifiedVendor>
export type VerifyResults = z.output<typeof VerifyResults>
