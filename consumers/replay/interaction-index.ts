import { pathPattern, type PathPattern } from './path-pattern.ts'
import type { ReplayInteraction } from './replay-interaction.ts'

interface PatternEntry {
  interaction: ReplayInteraction
  pattern: Extract<PathPattern, { kind: 'pattern' }>
}

/**
 * Finds the interactions whose method and path fit a request without scanning them all: exact
 * paths sit in a `Map` keyed `METHOD path`; regex paths in buckets keyed by method and their
 * literal prefix, of which a lookup visits only the request path's own prefixes (one per segment).
 *
 * @example
 * const index = new InteractionIndex(interactions)
 * index.candidates('GET', '/admin/v2/eoi/subscriber/999999') // [employee-not-found]
 */
export class InteractionIndex {
  readonly #literal = new Map<string, ReplayInteraction[]>()
  readonly #patterns = new Map<string, PatternEntry[]>()
  readonly #all: readonly ReplayInteraction[]

  constructor(interactions: readonly ReplayInteraction[]) {
    this.#all = interactions
    for (const interaction of interactions) {
      const { method } = interaction.request
      const pattern = pathPattern(interaction.request)
      if (pattern.kind === 'literal') push(this.#literal, `${method} ${pattern.path}`, interaction)
      else push(this.#patterns, `${method} ${pattern.prefix}`, { interaction, pattern })
    }
  }

  /** Every interaction indexed, in pact-file order. */
  get interactions(): readonly ReplayInteraction[] {
    return this.#all
  }

  /** The interactions whose method and path (exact or by regex) fit the request, in pact-file order. */
  candidates(method: string, path: string): ReplayInteraction[] {
    const found = this.#literal.get(`${method} ${path}`) ?? []
    if (this.#patterns.size === 0) return found
    const matched = [...found]
    for (const prefix of segmentPrefixes(path)) {
      for (const entry of this.#patterns.get(`${method} ${prefix}`) ?? []) {
        if (entry.pattern.test(path)) matched.push(entry.interaction)
      }
    }
    return matched.length > 1 ? this.#inFileOrder(matched) : matched
  }

  #inFileOrder(interactions: ReplayInteraction[]): ReplayInteraction[] {
    const order = new Map(this.#all.map((interaction, index) => [interaction, index]))
    return [...new Set(interactions)].sort((a, b) => order.get(a)! - order.get(b)!)
  }
}

/** '', '/a', '/a/b', … '/a/b/c' for '/a/b/c'. */
function segmentPrefixes(path: string): string[] {
  const prefixes = ['']
  for (let index = path.indexOf('/', 1); index !== -1; index = path.indexOf('/', index + 1)) prefixes.push(path.slice(0, index))
  if (path.length > 1) prefixes.push(path)
  return prefixes
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
