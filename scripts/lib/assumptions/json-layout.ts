/**
 * Which objects of a JSON text open with a line break (a newline between `{` and the first key),
 * in document order. Prettier keeps such an object expanded and joins the others when they fit
 * (`objectWrap: "preserve"`), so this is the one layout choice a rewrite must carry over.
 */
function objectBreaks(text: string): boolean[] {
  const breaks: boolean[] = []
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') breaks.push(/^[ \t\r]*\n/.test(text.slice(index + 1, index + 200)))
  }
  return breaks
}

/** The objects of a parsed value that were expanded in its text. */
export type JsonLayout = WeakSet<object>

/**
 * Reads the layout of a JSON text alongside its parsed value (same text, so the same objects in the
 * same order): which objects were expanded.
 *
 * @example
 * const layout = jsonLayout(text, JSON.parse(text))
 */
export function jsonLayout(text: string, value: unknown): JsonLayout {
  const breaks = objectBreaks(text)
  const expanded: JsonLayout = new WeakSet()
  let next = 0
  const walk = (item: unknown): void => {
    if (Array.isArray(item)) return item.forEach(walk)
    if (typeof item !== 'object' || item === null) return
    if (breaks[next++]) expanded.add(item)
    Object.values(item).forEach(walk)
  }
  walk(value)
  return expanded
}

/**
 * Writes a value as compact JSON, except that each object the layout marks opens with a line
 * break: the input for Prettier that keeps every object as it was laid out, and lays out new ones
 * (absent from the layout) as Prettier would.
 *
 * @example
 * layoutJson(value, jsonLayout(text, value)) // '{\n"vendor":"usta","errors":[{\n"id":…'
 */
export function layoutJson(value: unknown, layout: JsonLayout): string {
  if (Array.isArray(value)) return `[${value.map((item) => layoutJson(item, layout)).join(',')}]`
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const members = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${layoutJson(item, layout)}`)
  return `{${layout.has(value) ? '\n' : ''}${members.join(',')}}`
}
