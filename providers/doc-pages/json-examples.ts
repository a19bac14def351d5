/**
 * The index just past the bracket that closes the `{` or `[` at `start`, or -1 when it never
 * closes. Brackets inside JSON strings are skipped.
 *
 * @example
 * balancedEnd('x {"a": "}"} y', 2) // 12
 */
export function balancedEnd(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') {
      depth--
      if (depth === 0) return index + 1
    }
  }
  return -1
}

/** One JSON value found in text, with where it starts and ends. */
export interface JsonSpan {
  value: unknown
  start: number
  end: number
}

/**
 * Every JSON object or array written in a piece of text, in order, with its position (prose
 * around them is skipped). Pieces that look like JSON but do not parse are left out.
 *
 * @example
 * jsonSpansIn('Body: {"errorCode": 3001} Code: 404') // [{ value: { errorCode: 3001 }, start: 6, end: 25 }]
 */
export function jsonSpansIn(text: string): JsonSpan[] {
  const spans: JsonSpan[] = []
  let index = 0
  while (index < text.length) {
    const open = text.slice(index).search(/[{[]/)
    if (open === -1) break
    const start = index + open
    const end = balancedEnd(text, start)
    if (end === -1) break
    try {
      spans.push({ value: JSON.parse(text.slice(start, end)), start, end })
      index = end
    } catch {
      index = start + 1
    }
  }
  return spans
}

/**
 * Every JSON object or array written in a piece of text, in order.
 *
 * @example
 * jsonValuesIn('for example: {"errorCode": 3001}\n{"a": [1]}') // [{ errorCode: 3001 }, { a: [1] }]
 */
export function jsonValuesIn(text: string): unknown[] {
  return jsonSpansIn(text).map((span) => span.value)
}

/**
 * Whether a value is a plain JSON object.
 *
 * @example
 * isJsonObject({ errors: [] }) // true
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
