import { z } from 'zod'

/** One change between the page and the catalog: `added`, `removed` or `changed`. */
export const DriftChange = z.looseObject({
  kind: z.string(),
  status: z.union([z.number(), z.string(), z.null()]).default(null),
  /** The vendor's error code or name, or the documented message where it has neither. */
  code: z.union([z.string(), z.number(), z.null()]).default(null),
  detail: z.string().default(''),
})

/** A warning about the page itself (its own contradictions); a sentence or `{ kind, detail }`. */
const DriftWarning = z
  .union([z.string(), z.looseObject({ kind: z.string().optional(), detail: z.string() })])
  .transform((warning) => (typeof warning === 'string' ? warning : warning.kind ? `${warning.kind}: ${warning.detail}` : warning.detail))

/** One vendor's drift check. */
export const DriftVendor = z.looseObject({
  vendor: z.string(),
  source: z.string().default(''),
  outcome: z.enum(['unchanged', 'drift', 'error']),
  changes: z.array(DriftChange).default([]),
  warnings: z.array(DriftWarning).default([]),
  /** Why the page could not be read, when the outcome is `error`: a sentence or `{ problem, message }`. */
  error: z
    .union([z.string(), z.looseObject({ problem: z.string().optional(), message: z.string() })])
    .optional()
    .transform((error) => (error === undefined || typeof error === 'string' ? error : error.problem ? `${error.problem}: ${error.message}` : error.message)),
})

/**
 * The drift report, `reports/drift.json`.
 *
 * @example
 * DriftResults.parse(JSON.parse(readFileSync('reports/drift.json', 'utf8')))
 */
export const DriftResults = z.looseObject({ vendors: z.array(DriftVendor) })

export type DriftChange = z.output<typeof DriftChange>
export type DriftVendor = z.output<typeof DriftVendor>
export type DriftResults = z.output<typeof DriftResults>
