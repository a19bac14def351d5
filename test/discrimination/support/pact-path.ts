/** One step of a Pact JSON path: a key, an index, or `*` (any key or index). */
export type PathStep = string | number

/**
 * Parses a Pact matching-rule path (`$.errors[0].message`, `$.a[*]`, `$['x.y']`) into steps.
 *
 * @example
 * parsePactPath("$.errors[*]['error code']") // ['errors', '*', 'error code']
 */
export function parsePactPath(path: string): PathStep[] {
  if (!path.startsWith('$')) throw new Error(`"${path}" is not a Pact JSON path (it must start with $)`)
  const steps: PathStep[] = []
  const pattern = /\.([^.[\]]+)|\[(\d+|\*)\]|\['([^']*)'\]/gy
  pattern.lastIndex = 1
  while (pattern.lastIndex < path.length) {
    const at = pattern.lastIndex
    const match = pattern.exec(path)
    if (match === null) throw new Error(`"${path}" cannot be read as a Pact JSON path at character ${at}`)
    if (match[1] !== undefined) steps.push(match[1])
    else if (match[2] !== undefined) steps.push(match[2] === '*' ? '*' : Number(match[2]))
    else steps.push(match[3]!)
  }
  return steps
}

/** Whether a rule's path covers an actual path: it is a prefix of it, `*` matching any step. */
export function pathCovers(rule: readonly PathStep[], actual: readonly PathStep[]): boolean {
  if (rule.length > actual.length) return false
  return rule.every((step, index) => step === '*' || step === actual[index])
}
