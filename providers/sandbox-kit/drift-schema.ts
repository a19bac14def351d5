import { z } from 'zod'
import type { Drift } from './drift.ts'

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])

/**
 * What a {@link Drift} may look like as JSON; each kind is described on the type. `parseDrift`'s
 * return type keeps the two in step (annotating the schema as `z.ZodType<Drift>` instead costs the
 * type checker about a second).
 */
export const driftSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename-key'), from: z.string().min(1), to: z.string().min(1) }),
  z.object({ kind: z.literal('status'), from: z.number().int(), to: z.number().int() }),
  z.object({ kind: z.literal('value'), key: z.string().min(1), from: scalar, to: scalar }),
  z.object({ kind: z.literal('content-type'), to: z.string().min(1), from: z.string().optional() }),
  z.object({ kind: z.literal('reword-messages') }),
])

/**
 * Reads a drift from its JSON text (the `--drift` option of `npm run sandbox`).
 *
 * @example
 * parseDrift('{"kind":"status","from":404,"to":410}') // { kind: 'status', from: 404, to: 410 }
 */
export function parseDrift(text: string): Drift {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error(`--drift is not JSON: ${text}`)
  }
  const parsed = driftSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`--drift ${text} is not a drift (kinds: rename-key, status, value, content-type, reword-messages)`)
  return parsed.data
}
