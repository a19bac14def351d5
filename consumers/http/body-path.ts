import { isRecord } from './error-envelope.ts'

/** A path into a JSON body: keys, and array positions. */
export type BodyPath = ReadonlyArray<string | number>

/**
 * The value at a path of a JSON body, or undefined where the body has none: for envelope parsers
 * whose vendor nests its code and message (`['error', 'code']`, `['errors', 0, 'message']`).
 *
 * @example
 * valueAtPath({ errors: [{ code: 'x' }] }, ['errors', 0, 'code']) // 'x'
 */
export function valueAtPath(body: unknown, path: BodyPath): unknown {
  let value = body
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined
    value = (value as Record<string | number, unknown>)[step]
  }
  return value
}
