import { bodyMismatches } from './body-mismatches.ts'
import { matchRule } from './match-rule.ts'
import type { PactRequest } from './pact-types.ts'

/** The parts of an incoming request the replay compares with a contract. */
export interface IncomingRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
}

/**
 * How a request differs from an interaction's in its query and headers, as the contract states
 * them: every query key with the same values (no extra keys), every header the contract lists with a
 * matching value (extra headers are fine). Empty when they match.
 *
 * @example
 * headerAndQueryMismatches(request, new Request('http://x/y?coverage_id=1')) // ['query coverage_id: expected "777777", got "1"', 'header Authorization: missing']
 */
export function headerAndQueryMismatches(expected: PactRequest, actual: IncomingRequest): string[] {
  const problems: string[] = []
  for (const [key, values] of expected.query) {
    const got = actual.query.getAll(key)
    const rule = expected.rules.query.get(key)
    if (got.length === 0) problems.push(`query ${key}: missing`)
    else if (rule !== undefined) {
      const problem = got.map((value, index) => matchRule(value, values[Math.min(index, values.length - 1)], rule)).find((item) => item !== null)
      if (problem) problems.push(`query ${key}: ${problem}`)
    } else if (got.join('\u0000') !== values.join('\u0000'))
      problems.push(`query ${key}: expected ${JSON.stringify(values.join(','))}, got ${JSON.stringify(got.join(','))}`)
  }
  for (const key of new Set(actual.query.keys())) if (!expected.query.has(key)) problems.push(`query ${key}: not expected`)
  for (const [name, values] of expected.headers) {
    const got = actual.headers.get(name)
    const rule = expected.rules.header.get(name)
    const want = values.join(', ')
    if (got === null) problems.push(`header ${name}: missing`)
    else if (rule !== undefined) {
      const problem = matchRule(got, want, rule)
      if (problem) problems.push(`header ${name}: ${problem}`)
    } else if (!sameHeaderValue(name, want, got)) problems.push(`header ${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`)
  }
  return problems
}

/**
 * How a request body differs from an interaction's: JSON bodies under the body rules, form
 * bodies field by field, anything else as text. Empty when the contract has no body.
 *
 * @example
 * requestBodyMismatches(interaction.request, '{"first_name":"Ada"}', 'application/json') // ['$.last_name: missing', …]
 */
export function requestBodyMismatches(expected: PactRequest, text: string, contentType: string | null): string[] {
  const body = expected.body
  if (body === undefined) return []
  const type = (body.contentType ?? contentType ?? '').toLowerCase()
  if (body.base64) return Buffer.from(text).toString('base64') === body.content ? [] : ['body: differs from the contract']
  if (/json/.test(type)) {
    let parsed: unknown
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      return ['body: not JSON']
    }
    return bodyMismatches(body.content, parsed, expected.rules.body).map((problem) => `body ${problem}`)
  }
  if (type.includes('x-www-form-urlencoded') && typeof body.content === 'string') {
    const want = new URLSearchParams(body.content)
    const got = new URLSearchParams(text)
    return want.toString() === got.toString() ? [] : ['body: form fields differ from the contract']
  }
  return String(body.content) === text ? [] : ['body: differs from the contract']
}

function sameHeaderValue(name: string, expected: string, actual: string): boolean {
  if (name !== 'content-type') return expected.trim() === actual.trim()
  // Media types compare without case; parameters the contract names must be present.
  const [wantType = '', ...wantParams] = expected.split(';').map((part) => part.trim())
  const [gotType = '', ...gotParams] = actual.split(';').map((part) => part.trim())
  return wantType.toLowerCase() === gotType.toLowerCase() && wantParams.every((param) => gotParams.some((got) => got.toLowerCase() === param.toLowerCase()))
}
