import { parseJsonPath, pathMatches, type PathStep } from './json-path.ts'
import { matchRule, typeOf } from './match-rule.ts'
import type { PactRule, PactRules } from './pact-types.ts'

/**
 * Compares a request body with the one an interaction expects, under its matching rules, the way
 * Pact matches requests: no unexpected keys in objects, arrays item by item (or every item like
 * the first example under a `type` rule), exact values unless a rule says otherwise. Returns the
 * differences as `$.path: reason`, empty when the body matches.
 *
 * @example
 * bodyMismatches({ a: 1 }, { a: 2 }, new Map()) // ['$.a: expected 1, got 2']
 */
export function bodyMismatches(expected: unknown, actual: unknown, rules: PactRules): string[] {
  const compiled = [...rules].map(([path, rule]) => ({ steps: parseJsonPath(path), rule }))
  const problems: string[] = []
  walk(expected, actual, [], compiled, undefined, problems)
  return problems
}

interface CompiledRule {
  steps: PathStep[]
  rule: PactRule
}

function walk(expected: unknown, actual: unknown, path: PathStep[], rules: CompiledRule[], inherited: PactRule | undefined, problems: string[]): void {
  const own = ruleAt(rules, path)
  const rule = own ?? inherited
  const where = formatPath(path)
  if (rule !== undefined && !isTypeOnly(rule)) {
    const problem = matchRule(actual, expected, rule)
    if (problem !== null) problems.push(`${where}: ${problem}`)
    return
  }
  if (rule !== undefined) {
    const problem = matchRule(actual, expected, rule)
    if (problem !== null) return void problems.push(`${where}: ${problem}`)
  } else if (typeOf(actual) !== typeOf(expected)) {
    return void problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (rule === undefined && expected.length !== actual.length) return void problems.push(`${where}: expected ${expected.length} items, got ${actual.length}`)
    actual.forEach((item, index) =>
      walk(rule === undefined ? expected[index] : expected[Math.min(index, expected.length - 1)], item, [...path, index], rules, rule, problems),
    )
    return
  }
  if (typeOf(expected) === 'object') {
    const want = expected as Record<string, unknown>
    const got = actual as Record<string, unknown>
    for (const key of Object.keys(got)) if (!(key in want)) problems.push(`${formatPath([...path, key])}: not expected`)
    for (const key of Object.keys(want)) {
      if (!(key in got)) problems.push(`${formatPath([...path, key])}: missing`)
      else walk(want[key], got[key], [...path, key], rules, rule, problems)
    }
    return
  }
  if (rule === undefined && expected !== actual) problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}

function ruleAt(rules: CompiledRule[], path: PathStep[]): PactRule | undefined {
  return rules.find((candidate) => pathMatches(candidate.steps, path))?.rule
}

function isTypeOnly(rule: PactRule): boolean {
  return rule.matchers.every((matcher) => matcher.match === 'type')
}

function formatPath(path: PathStep[]): string {
  return `$${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}`
}
