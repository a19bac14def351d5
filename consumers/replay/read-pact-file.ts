import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { PactBody, PactFile, PactGenerator, PactInteraction, PactRule, PactRules, PartGenerators, ProviderState } from './pact-types.ts'
import { ReplayError } from './replay-error.ts'

type Json = Record<string, unknown>

/** Shared empty parts: most interactions have no rules or generators, and 10,000 of them need not allocate a Map each. */
const NOTHING: ReadonlyMap<string, never> = new Map<string, never>()
const NO_GENERATORS: PartGenerators = Object.freeze({ status: undefined, path: undefined, header: NOTHING, query: NOTHING, body: NOTHING })

/**
 * Reads one Pact V3 or V4 file and returns its synchronous HTTP interactions, normalized.
 * Anything the replay cannot use fails here with the file, the interaction and the field.
 *
 * @example
 * const pact = readPactFile('contracts/benefits-integration-plansource.json')
 * pact.interactions[0].request.path // '/admin/v2/eoi/subscriber/999999'
 * @see https://github.com/pact-foundation/pact-specification/tree/version-4
 */
export function readPactFile(path: string): PactFile {
  const file = basename(path)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ReplayError('bad-pact-file', `${file}: cannot read the pact file (${(error as Error).message})`)
  }
  return parsePact(file, raw)
}

/**
 * Checks and normalizes a pact document already parsed from JSON (see {@link readPactFile}).
 *
 * @example
 * parsePact('synthetic.json', { consumer: { name: 'a' }, provider: { name: 'b' }, interactions: [] })
 */
export function parsePact(file: string, raw: unknown): PactFile {
  const where = (field: string, description?: string) => `${file}${description === undefined ? '' : ` interaction "${description}"`} field "${field}"`
  const fail = (field: string, problem: string, description?: string): never => {
    throw new ReplayError('bad-pact-file', `${where(field, description)}: ${problem}`)
  }
  if (!isObject(raw)) return fail('$', 'expected a JSON object')
  const consumer = nameOf(raw.consumer) ?? fail('consumer.name', 'expected a string')
  const provider = nameOf(raw.provider) ?? fail('provider.name', 'expected a string')
  const metadata = isObject(raw.metadata) ? raw.metadata : {}
  const spec = isObject(metadata.pactSpecification) ? String(metadata.pactSpecification.version ?? '') : ''
  if (/^[12]\./.test(spec)) fail('metadata.pactSpecification.version', `Pact ${spec} files are not supported; regenerate as V3 or V4`)
  if (!Array.isArray(raw.interactions)) return fail('interactions', 'expected an array')
  const interactions: PactInteraction[] = []
  const skipped: Array<{ description: string; type: string }> = []
  const seen = new Set<string>()
  for (const [index, item] of raw.interactions.entries()) {
    if (!isObject(item)) fail(`interactions[${index}]`, 'expected an object')
    const entry = item as Json
    const description = typeof entry.description === 'string' ? entry.description : fail(`interactions[${index}].description`, 'expected a string')
    const type = typeof entry.type === 'string' ? entry.type : 'Synchronous/HTTP'
    if (type !== 'Synchronous/HTTP') {
      skipped.push({ description, type })
      continue
    }
    if (seen.has(description)) fail('description', 'two interactions share this description; the replay names scenarios by it', description)
    seen.add(description)
    const field = (name: string) => (problem: string) => fail(name, problem, description)
    interactions.push({
      file,
      consumer,
      provider,
      description,
      states: readStates(entry.providerStates ?? entry.providerState, field('providerStates')),
      request: readRequest(entry.request, field),
      response: readResponse(entry.response, field),
    })
  }
  return { file, consumer, provider, specification: spec, interactions, skipped }
}

type FieldFail = (name: string) => (problem: string) => never

function readRequest(value: unknown, field: FieldFail): PactInteraction['request'] {
  if (!isObject(value)) return field('request')('expected an object')
  const method = typeof value.method === 'string' ? value.method.toUpperCase() : field('request.method')('expected a string')
  const path = typeof value.path === 'string' ? value.path : field('request.path')('expected a string')
  const rules = isObject(value.matchingRules) ? value.matchingRules : {}
  if (Object.keys(rules).some((key) => key.startsWith('$.'))) field('request.matchingRules')('Pact V2 rule paths ($.body…) are not supported')
  const pathRule = rules.path === undefined ? undefined : readRule(rules.path, field('request.matchingRules.path'))
  return {
    method,
    path,
    query: readQuery(value.query, field('request.query')),
    headers: new Map(readHeaders(value.headers, field('request.headers')).map(([name, values]) => [name.toLowerCase(), values])),
    body: readBody(value.body, value.headers, field('request.body')),
    rules: {
      path: pathRule,
      query: readRules(rules.query, field('request.matchingRules.query')),
      header: readRules(rules.header, field('request.matchingRules.header'), true),
      body: readRules(rules.body, field('request.matchingRules.body')),
    },
    generators: readGenerators(value.generators, field('request.generators')),
  }
}

function readResponse(value: unknown, field: FieldFail): PactInteraction['response'] {
  if (!isObject(value)) return field('response')('expected an object')
  const status = Number.isInteger(value.status) ? (value.status as number) : field('response.status')('expected an integer')
  const rules = isObject(value.matchingRules) ? value.matchingRules : {}
  return {
    status,
    headers: readHeaders(value.headers, field('response.headers')),
    body: readBody(value.body, value.headers, field('response.body')),
    rules: {
      header: readRules(rules.header, field('response.matchingRules.header'), true),
      body: readRules(rules.body, field('response.matchingRules.body')),
    },
    generators: readGenerators(value.generators, field('response.generators')),
  }
}

function readStates(value: unknown, fail: (problem: string) => never): ProviderState[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return [{ name: value, params: {} }]
  if (!Array.isArray(value)) return fail('expected an array')
  return value.map((state) => {
    if (!isObject(state) || typeof state.name !== 'string') return fail('expected { name, params }')
    return { name: state.name, params: isObject(state.params) ? state.params : {} }
  })
}

function readHeaders(value: unknown, fail: (problem: string) => never): Array<[string, string[]]> {
  if (value === undefined || value === null) return []
  if (!isObject(value)) return fail('expected an object')
  return Object.entries(value).map(([name, values]) => {
    // V3 writes one string (possibly comma-separated), V4 an array of values.
    if (typeof values === 'string') return [name, [values]]
    if (Array.isArray(values) && values.every((item) => typeof item === 'string')) return [name, values as string[]]
    return fail(`header "${name}": expected a string or an array of strings`)
  })
}

function readQuery(value: unknown, fail: (problem: string) => never): ReadonlyMap<string, readonly string[]> {
  if (value === undefined || value === null) return NOTHING
  if (typeof value === 'string') {
    const params = new URLSearchParams(value)
    return new Map([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
  }
  if (!isObject(value)) return fail('expected an object or a string')
  return new Map(
    Object.entries(value).map(([key, values]) => {
      if (typeof values === 'string') return [key, [values]]
      if (Array.isArray(values)) return [key, values.map((item) => (item === null ? '' : String(item)))]
      return fail(`query "${key}": expected a string or an array`)
    }),
  )
}

function readBody(value: unknown, headers: unknown, fail: (problem: string) => never): PactBody | undefined {
  if (value === undefined || value === null) return undefined
  const headerType = contentTypeHeader(headers)
  if (isObject(value) && 'content' in value && ('contentType' in value || 'encoded' in value)) {
    const encoded = value.encoded
    const base64 = encoded === 'base64' || encoded === true
    if (encoded !== undefined && encoded !== false && !base64 && encoded !== 'json' && encoded !== 'JSON') fail(`unsupported encoding "${String(encoded)}"`)
    const contentType = typeof value.contentType === 'string' ? value.contentType : headerType
    // `encoded: "json"` means the content is JSON written as a string.
    const content = encoded === 'json' || encoded === 'JSON' ? parseEncodedJson(value.content, fail) : value.content
    return { content, contentType, base64 }
  }
  // V3: the body is the JSON value itself (or a string for text bodies).
  return { content: value, contentType: headerType ?? (typeof value === 'string' ? 'text/plain' : 'application/json'), base64: false }
}

function parseEncodedJson(content: unknown, fail: (problem: string) => never): unknown {
  try {
    return JSON.parse(String(content))
  } catch {
    return fail('is marked encoded "json" but its content is not JSON')
  }
}

function contentTypeHeader(headers: unknown): string | undefined {
  if (!isObject(headers)) return undefined
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-type') continue
    if (typeof value === 'string') return value
    if (Array.isArray(value) && typeof value[0] === 'string') return value.join(', ')
  }
  return undefined
}

function readRules(value: unknown, fail: (problem: string) => never, lowerKeys = false): PactRules {
  if (value === undefined || value === null) return NOTHING
  if (!isObject(value)) return fail('expected an object')
  return new Map(Object.entries(value).map(([key, rule]) => [lowerKeys ? key.toLowerCase() : key, readRule(rule, (problem) => fail(`"${key}": ${problem}`))]))
}

function readRule(value: unknown, fail: (problem: string) => never): PactRule {
  if (!isObject(value) || !Array.isArray(value.matchers)) return fail('expected { matchers: [...] }')
  const matchers = value.matchers.map((matcher) =>
    isObject(matcher) && typeof matcher.match === 'string' ? { ...matcher, match: matcher.match } : fail('every matcher needs "match"'),
  )
  return { combine: value.combine === 'OR' ? 'OR' : 'AND', matchers }
}

function readGenerators(value: unknown, fail: (problem: string) => never): PartGenerators {
  if (value === undefined || value === null) return NO_GENERATORS
  if (!isObject(value)) return fail('expected an object')
  const one = (item: unknown, name: string): PactGenerator =>
    isObject(item) && typeof item.type === 'string' ? (item as PactGenerator) : fail(`${name}: expected { type, … }`)
  const keyed = (item: unknown, name: string, lowerKeys = false) =>
    isObject(item)
      ? new Map(Object.entries(item).map(([key, generator]) => [lowerKeys ? key.toLowerCase() : key, one(generator, `${name}.${key}`)]))
      : new Map<string, PactGenerator>()
  return {
    status: value.status === undefined ? undefined : one(value.status, 'status'),
    path: value.path === undefined ? undefined : one(value.path, 'path'),
    header: keyed(value.header, 'header', true),
    query: keyed(value.query, 'query'),
    body: keyed(value.body, 'body'),
  }
}

function nameOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.name === 'string' ? value.name : undefined
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
