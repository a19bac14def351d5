import type { PactMatcher, PactRule } from './pact-types.ts'

/**
 * Checks one value against a Pact matching rule; returns null when it matches, else why not.
 *
 * Supported: `regex`, `type`, `equality`, `include`, `integer`, `decimal`, `number`, `boolean`,
 * `null`, `date`/`time`/`timestamp`/`datetime` (checked as strings) and `min`/`max` on arrays.
 * Rules the replay does not evaluate (`values`, `eachKey`, `eachValue`, `arrayContains`, `semver`,
 * `contentType`, `notEmpty`, `statusCode`) are treated like `type`: a value of the example's type matches.
 *
 * @example
 * matchRule('Bearer abc', 'Bearer x', { combine: 'AND', matchers: [{ match: 'regex', regex: '^Bearer \\S+$' }] }) // null
 */
export function matchRule(actual: unknown, example: unknown, rule: PactRule): string | null {
  const problems = rule.matchers.map((matcher) => matchOne(actual, example, matcher))
  if (rule.combine === 'OR') return problems.some((problem) => problem === null) ? null : problems.join(' or ')
  return problems.find((problem) => problem !== null) ?? null
}

const regexCache = new Map<string, RegExp>()

/**
 * A Pact regex as a JavaScript RegExp, compiled once. Pact's Rust core matches unanchored
 * (`is_match`), so does this.
 *
 * @example
 * pactRegex('^Bearer \\S+$').test('Bearer abc') // true
 */
export function pactRegex(source: string): RegExp {
  let regex = regexCache.get(source)
  if (regex === undefined) {
    regex = new RegExp(source)
    regexCache.set(source, regex)
  }
  return regex
}

function matchOne(actual: unknown, example: unknown, matcher: PactMatcher): string | null {
  switch (matcher.match) {
    case 'regex': {
      const source = String(matcher.regex ?? '')
      return typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean'
        ? pactRegex(source).test(String(actual))
          ? null
          : `"${String(actual)}" does not match /${source}/`
        : `expected a string matching /${source}/`
    }
    case 'equality':
      return JSON.stringify(actual) === JSON.stringify(example) ? null : `expected ${JSON.stringify(example)}`
    case 'include':
      return String(actual).includes(String(matcher.value ?? '')) ? null : `expected to include "${String(matcher.value)}"`
    case 'integer':
      return isIntegerLike(actual) ? null : 'expected an integer'
    case 'decimal':
    case 'number':
      return isNumberLike(actual) ? null : 'expected a number'
    case 'boolean':
      return typeof actual === 'boolean' || actual === 'true' || actual === 'false' ? null : 'expected a boolean'
    case 'null':
      return actual === null ? null : 'expected null'
    default:
      return sameType(actual, example, matcher)
  }
}

function sameType(actual: unknown, example: unknown, matcher: PactMatcher): string | null {
  if (typeOf(actual) !== typeOf(example)) return `expected a ${typeOf(example)}, got a ${typeOf(actual)}`
  if (Array.isArray(actual)) {
    if (typeof matcher.min === 'number' && actual.length < matcher.min) return `expected at least ${matcher.min} items`
    if (typeof matcher.max === 'number' && actual.length > matcher.max) return `expected at most ${matcher.max} items`
  }
  return null
}

/**
 * The JSON type of a value, as Pact's `type` matcher compares it.
 *
 * @example
 * typeOf([]) // 'array'
 */
export function typeOf(value: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'undefined' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as 'object' | 'string' | 'number' | 'boolean' | 'undefined'
}

function isIntegerLike(value: unknown): boolean {
  return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value))
}

function isNumberLike(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
}
