import { z } from 'zod'
import type { JsonValue, SandboxResponse } from './sandbox-types.ts'

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])

/**
 * A deliberate departure from the vendor's documented behaviour, for tests only: it lets a test
 * prove that verification notices a vendor that changed. Applies to error answers (status >= 400).
 */
export const driftSchema = z.discriminatedUnion('kind', [
  /** An envelope key renamed wherever it appears, e.g. `error_code` -> `code`. */
  z.object({ kind: z.literal('rename-key'), from: z.string().min(1), to: z.string().min(1) }),
  /** One status answered as another, e.g. 404 -> 410. */
  z.object({ kind: z.literal('status'), from: z.number().int(), to: z.number().int() }),
  /** A value under a key changed, e.g. the error code `route_not_found` -> `no_route`. */
  z.object({ kind: z.literal('value'), key: z.string().min(1), from: scalar, to: scalar }),
  /** Error answers sent with another content type (only those with type `from`, when given). */
  z.object({ kind: z.literal('content-type'), to: z.string().min(1), from: z.string().optional() }),
  /** Every human-readable message reworded, codes left alone. */
  z.object({ kind: z.literal('reword-messages') }),
])

/** One drift, see {@link driftSchema}. */
export type Drift = z.infer<typeof driftSchema>

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

/**
 * Applies drifts to an error answer. `messageKeys` name the keys that hold human-readable text in
 * this vendor's envelope (arrays of strings under them are reworded item by item).
 *
 * @example
 * applyDrift({ status: 404, headers: {}, body: { code: 3001 } }, [{ kind: 'status', from: 404, to: 410 }], ['message']).status // 410
 */
export function applyDrift(response: SandboxResponse, drifts: readonly Drift[], messageKeys: readonly string[]): SandboxResponse {
  if (response.status < 400 || drifts.length === 0) return response
  let { status, headers, body } = response
  for (const drift of drifts) {
    if (drift.kind === 'status' && status === drift.from) status = drift.to
    if (drift.kind === 'content-type') {
      const current = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')
      if (drift.from === undefined || current?.[1].split(';')[0]?.trim() === drift.from) {
        headers = { ...Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type')), 'Content-Type': drift.to }
      }
    }
    if (body !== undefined && typeof body !== 'string') body = driftBody(body, drift, messageKeys)
  }
  return { status, headers, body }
}

function driftBody(value: JsonValue, drift: Drift, messageKeys: readonly string[]): JsonValue {
  if (Array.isArray(value)) return value.map((item) => driftBody(item, drift, messageKeys))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, item]): [string, JsonValue] => {
    const next = driftBody(item, drift, messageKeys)
    if (drift.kind === 'rename-key' && key === drift.from) return [drift.to, next]
    if (drift.kind === 'value' && key === drift.key && item === drift.from) return [key, drift.to]
    if (drift.kind === 'reword-messages' && messageKeys.includes(key)) return [key, reword(item)]
    return [key, next]
  })
  return Object.fromEntries(entries)
}

function reword(value: JsonValue): JsonValue {
  if (typeof value === 'string') return `In other words: ${value.toLowerCase()} (reworded)`
  if (Array.isArray(value)) return value.map(reword)
  return value
}
