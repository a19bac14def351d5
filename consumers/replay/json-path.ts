/** One step of a JSON path: an object key, an array index, or `*` (any key or index). */
export type PathStep = string | number

/**
 * Splits a Pact JSON path (`$.errors[0].message`, `$['x-y'].*`, `$.items[*]`) into steps.
 *
 * @example
 * parseJsonPath("$.errors[0]['field-name']") // ['errors', 0, 'field-name']
 */
export function parseJsonPath(path: string): PathStep[] {
  if (!path.startsWith('$')) throw new Error(`JSON path "${path}" must start with $`)
  const steps: PathStep[] = []
  const pattern = /\.([^.[\]]+)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y
  pattern.lastIndex = 1
  while (pattern.lastIndex < path.length) {
    const start = pattern.lastIndex
    const found = pattern.exec(path)
    if (found === null) throw new Error(`JSON path "${path}" cannot be read at character ${start}`)
    const [, dotted, indexed, single, double] = found
    if (dotted !== undefined) steps.push(dotted)
    else if (indexed !== undefined) steps.push(indexed === '*' ? '*' : Number(indexed))
    else steps.push((single ?? double ?? '').replace(/\\(.)/g, '$1'))
  }
  return steps
}

/**
 * Whether a pattern path (from a rule or generator) names a concrete path; `*` matches any step.
 *
 * @example
 * pathMatches(['items', '*', 'id'], ['items', 3, 'id']) // true
 */
export function pathMatches(pattern: readonly PathStep[], concrete: readonly PathStep[]): boolean {
  if (pattern.length !== concrete.length) return false
  return pattern.every((step, index) => step === '*' || step === concrete[index] || String(step) === String(concrete[index]))
}

/**
 * Replaces the values at every concrete path a pattern names, in place, returning the root
 * (which is replaced itself when the pattern is `$`).
 *
 * @example
 * setAtPath({ a: [{ id: 1 }, { id: 2 }] }, ['a', '*', 'id'], (old) => old * 10) // { a: [{ id: 10 }, { id: 20 }] }
 */
export function setAtPath(root: unknown, steps: readonly PathStep[], replace: (old: unknown) => unknown): unknown {
  if (steps.length === 0) return replace(root)
  const [step, ...rest] = steps
  if (typeof root !== 'object' || root === null) return root
  const container = root as Record<string | number, unknown>
  const keys = step === '*' ? Object.keys(container) : [step as string | number]
  for (const key of keys) if (key in container) container[key] = setAtPath(container[key], rest, replace)
  return root
}
