import type { JsonValue, SandboxResponse } from './sandbox-types.ts'

type Scalar = string | number | boolean | null

/**
 * A deliberate departure from the vendor's documented behaviour, for tests only: it lets a test
 * prove that verification notices a vendor that changed. Applies to error answers (status >= 400).
 * Read from text by `parseDrift` (drift-schema.ts), kept apart so a sandbox loads no schema library.
 */
export type Drift =
  /** An envelope key renamed wherever it appears, e.g. `error_code` -> `code`. */
  | { kind: 'rename-key'; from: string; to: string }
  /** One status answered as another, e.g. 404 -> 410. */
  | { kind: 'status'; from: number; to: number }
  /** A value under a key changed, e.g. the error code `route_not_found` -> `no_route`. */
  | { kind: 'value'; key: string; from: Scalar; to: Scalar }
  /** Error answers sent with another content type (only those with type `from`, when given). */
  | { kind: 'content-type'; to: string; from?: string | undefined }
  /** Every human-readable message reworded, codes left alone. */
  | { kind: 'reword-messages' }

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
