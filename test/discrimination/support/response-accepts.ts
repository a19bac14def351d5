import { parsePactPath, pathCovers, type PathStep } from './pact-path.ts'

/** One matcher of a Pact V4 matching rule. */
interface Matcher {
  match: string
  [option: string]: unknown
}

/** A category of a Pact V4 interaction's matching rules: path → `{ combine, matchers }`. */
type RuleCategory = Record<string, { combine?: string; matchers: Matcher[] }>

/** The response half of a Pact V4 HTTP interaction, as a pact file holds it. */
export interface PactResponse {
  status: number
  headers?: Record<string, string[] | string>
  body?: { content?: unknown; contentType?: string }
  matchingRules?: { body?: RuleCategory; header?: RuleCategory; status?: RuleCategory }
}

/** A response as a catalog documents it. */
export interface ActualResponse {
  status: number
  headers: Record<string, string>
  body: unknown
}

/**
 * The reasons a Pact provider verification would refuse `actual` as an answer to an interaction
 * whose response is `expected`; an empty list means the contract accepts it. It applies the pact
 * file's matching rules as the Pact verifier does: the most specific rule whose path covers a
 * value applies (rules on a parent also cover its children), objects may carry extra keys, arrays
 * must have the expected length unless a type rule with `min`/`max` says otherwise, and every
 * other value must be equal. A matcher it does not know throws, naming it, rather than pass.
 *
 * @example
 * responseAccepts(interaction.response, { status: 404, headers: { 'Content-Type': 'application/json' }, body })
 * // ['body $.errors.message: expected "Employee not found", got "Invalid coverage"']
 */
export function responseAccepts(expected: PactResponse, actual: ActualResponse): string[] {
  const problems: string[] = []
  const statusRules = expected.matchingRules?.status?.['$']?.matchers
  if (statusRules?.length) {
    for (const matcher of statusRules) if (!statusMatches(matcher, actual.status)) problems.push(`status: ${actual.status} is not ${String(matcher.status)}`)
  } else if (actual.status !== expected.status) problems.push(`status: expected ${expected.status}, got ${actual.status}`)
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const want = Array.isArray(value) ? value.join(', ') : value
    const got = Object.entries(actual.headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
    if (got === undefined) {
      problems.push(`header ${name}: missing`)
      continue
    }
    const rule = expected.matchingRules?.header?.[name]
    if (rule) problems.push(...rule.matchers.flatMap((matcher) => valueProblems(matcher, want, got, `header ${name}`)))
    else if (want !== got) problems.push(`header ${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
  }
  const content = expected.body?.content
  if (content !== undefined) {
    const rules = Object.entries(expected.matchingRules?.body ?? {}).map(([path, rule]) => ({ steps: parsePactPath(path), matchers: rule.matchers }))
    compareBody(content, actual.body, [], rules, problems)
  }
  return problems
}

interface ParsedRule {
  steps: PathStep[]
  matchers: Matcher[]
}

function compareBody(want: unknown, got: unknown, at: PathStep[], rules: readonly ParsedRule[], problems: string[]): void {
  const where = `body ${describePath(at)}`
  const rule = bestRule(rules, at)
  if (rule) {
    const before = problems.length
    for (const matcher of rule.matchers) problems.push(...valueProblems(matcher, want, got, where))
    if (problems.length > before) return
  } else if (!isContainer(want) || !isContainer(got) || Array.isArray(want) !== Array.isArray(got)) {
    if (!sameJson(want, got)) problems.push(`${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
    return
  }
  if (Array.isArray(want) && Array.isArray(got)) {
    const bounded = rule?.matchers.some((matcher) => matcher.match === 'type' && (matcher.min !== undefined || matcher.max !== undefined))
    if (!bounded && rule === undefined && want.length !== got.length) {
      problems.push(`${where}: expected ${want.length} items, got ${got.length}`)
      return
    }
    got.forEach((item, index) => {
      const template = bounded || rule ? want[0] : want[index]
      if (template !== undefined) compareBody(template, item, [...at, index], rules, problems)
    })
    return
  }
  if (isObject(want) && isObject(got)) {
    for (const [key, value] of Object.entries(want)) {
      if (!Object.hasOwn(got, key)) problems.push(`body ${describePath([...at, key])}: missing`)
      else compareBody(value, got[key], [...at, key], rules, problems)
    }
  }
}

function valueProblems(matcher: Matcher, want: unknown, got: unknown, where: string): string[] {
  const fail = (what: string) => [`${where}: ${JSON.stringify(got)} ${what}`]
  switch (matcher.match) {
    case 'type': {
      if (jsonType(want) !== jsonType(got)) return fail(`is not of type ${jsonType(want)}`)
      if (Array.isArray(got)) {
        if (typeof matcher.min === 'number' && got.length < matcher.min) return fail(`has fewer than ${matcher.min} items`)
        if (typeof matcher.max === 'number' && got.length > matcher.max) return fail(`has more than ${matcher.max} items`)
      }
      return []
    }
    case 'regex':
      return typeof got === 'string' || typeof got === 'number' || typeof got === 'boolean'
        ? new RegExp(String(matcher.regex)).test(String(got))
          ? []
          : fail(`does not match /${String(matcher.regex)}/`)
        : fail('is not a string to match a regex against')
    case 'equality':
      return sameJson(want, got) ? [] : fail(`is not equal to ${JSON.stringify(want)}`)
    case 'include':
      return String(got).includes(String(matcher.value)) ? [] : fail(`does not include ${JSON.stringify(matcher.value)}`)
    case 'integer':
      return Number.isInteger(got) ? [] : fail('is not an integer')
    case 'decimal':
    case 'number':
      return typeof got === 'number' ? [] : fail('is not a number')
    case 'boolean':
      return typeof got === 'boolean' ? [] : fail('is not a boolean')
    case 'null':
      return got === null ? [] : fail('is not null')
    default:
      throw new Error(`${where}: the matcher "${matcher.match}" is not one this check knows; teach response-accepts.ts before relying on it`)
  }
}

const STATUS_CLASSES: Record<string, (status: number) => boolean> = {
  information: (status) => status >= 100 && status < 200,
  success: (status) => status >= 200 && status < 300,
  redirect: (status) => status >= 300 && status < 400,
  clientError: (status) => status >= 400 && status < 500,
  serverError: (status) => status >= 500 && status < 600,
  nonError: (status) => status < 400,
  error: (status) => status >= 400,
}

function statusMatches(matcher: Matcher, status: number): boolean {
  if (matcher.match !== 'statusCode') throw new Error(`status: the matcher "${matcher.match}" is not one this check knows`)
  if (Array.isArray(matcher.status)) return matcher.status.includes(status)
  const test = STATUS_CLASSES[String(matcher.status)]
  if (test === undefined) throw new Error(`status: the status class "${String(matcher.status)}" is not one this check knows`)
  return test(status)
}

function bestRule(rules: readonly ParsedRule[], at: readonly PathStep[]): ParsedRule | undefined {
  let best: ParsedRule | undefined
  for (const rule of rules) if (pathCovers(rule.steps, at) && (best === undefined || rule.steps.length > best.steps.length)) best = rule
  return best
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function describePath(at: readonly PathStep[]): string {
  return `$${at.map((step) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_$][\w$]*$/.test(step) ? `.${step}` : `['${step}']`)).join('')}`
}
