import { matchRule } from './match-rule.ts'
import type { PactRequest } from './pact-types.ts'

/** How an interaction's path is matched: one exact path, or a test with the literal prefix it starts with. */
export type PathPattern = { kind: 'literal'; path: string } | { kind: 'pattern'; prefix: string; test: (path: string) => boolean; source: string }

/**
 * Reads how a request path is matched from the contract: exactly, by a regex matcher, or (for a
 * path built `fromProviderState`) by its expression with each `${name}` standing for one segment.
 * `prefix` is the longest run of whole literal segments every matching path starts with (`/api/v1`),
 * which the index buckets on so a lookup never scans unrelated patterns.
 *
 * @example
 * pathPattern({ path: '/users/1', rules: { path: { combine: 'AND', matchers: [{ match: 'regex', regex: '^/users/\\d+$' }] } } }) // pattern, prefix '/users'
 */
export function pathPattern(request: Pick<PactRequest, 'path' | 'rules' | 'generators'>): PathPattern {
  const rule = request.rules.path
  if (rule === undefined) return { kind: 'literal', path: request.path }
  const regexes = rule.matchers.filter((matcher) => matcher.match === 'regex').map((matcher) => String(matcher.regex ?? ''))
  const generator = request.generators.path
  if (regexes.length === 0 && generator?.type === 'ProviderState' && typeof generator.expression === 'string') {
    const source = `^${generator.expression
      .split(/\$\{[^}]+\}/)
      .map(escapeRegExp)
      .join('[^/]+')}$`
    const regex = new RegExp(source)
    return { kind: 'pattern', prefix: literalPrefix(source), test: (path) => path === request.path || regex.test(path), source }
  }
  const source = regexes.length === 1 ? regexes[0]! : rule.matchers.map((matcher) => JSON.stringify(matcher)).join(rule.combine === 'OR' ? ' | ' : ' & ')
  const prefix = regexes.length === 1 && rule.combine === 'AND' ? literalPrefix(regexes[0]!) : rule.combine === 'AND' ? longestPrefix(regexes) : ''
  return { kind: 'pattern', prefix, test: (path) => matchRule(path, request.path, rule) === null, source }
}

/**
 * The whole literal path segments an anchored regex starts with; '' when it is unanchored.
 *
 * @example
 * literalPrefix('^\\/api\\/v1\\/users\\/[^/]+$') // '/api/v1/users'
 */
export function literalPrefix(source: string): string {
  // Unanchored, or an alternation that may not share the start: no prefix is certain.
  if (!source.startsWith('^') || source.includes('|')) return ''
  let literal = ''
  let index = 1
  for (; index < source.length; index++) {
    const char = source[index]!
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      if (!/[/.\-_~:@!$&'()*+,;=%]/.test(next)) break
      literal += next
      index++
      continue
    }
    if ('.*+?()[]{}|^$'.includes(char)) break
    literal += char
  }
  // A quantifier right after the literal makes its last character optional.
  if ('?*{'.includes(source[index] ?? '.')) literal = literal.slice(0, -1)
  const last = literal.lastIndexOf('/')
  return last <= 0 ? '' : literal.slice(0, last)
}

function longestPrefix(sources: string[]): string {
  return sources.map(literalPrefix).sort((a, b) => b.length - a.length)[0] ?? ''
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
