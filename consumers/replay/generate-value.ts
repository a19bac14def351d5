import { evaluateDateExpression } from './date-expression.ts'
import { formatDate } from './format-date.ts'
import type { PactGenerator } from './pact-types.ts'

/** What generators draw on: provider-state values, a clock, a random source, the request's origin. */
export interface GeneratorContext {
  /** Values for `fromProviderState` expressions: the test's own, then the interaction's state params. */
  state: Readonly<Record<string, unknown>>
  /** Milliseconds since the epoch; date/time generators count from it. */
  now: () => number
  /** A number in [0, 1); random generators draw from it. */
  random: () => number
  /** The origin the request went to (`http://127.0.0.1:1234`), for `MockServerURL`. */
  origin: string
}

/** Pact's default patterns when a date/time generator names none. */
const DEFAULT_FORMATS: Readonly<Record<string, string>> = {
  Date: 'yyyy-MM-dd',
  Time: 'HH:mm:ss',
  DateTime: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
}

/**
 * Turns one Pact generator into a concrete value. Returns the example unchanged when the
 * generator cannot produce a value (a `fromProviderState` expression with no value supplied, a
 * `Regex` generator), so a replayed response always holds a value the contract allows; throws for
 * a date expression or format it cannot evaluate, so no made-up date is ever served.
 *
 * @example
 * generateValue({ type: 'ProviderState', expression: '${id}' }, '999', { state: { id: '42' }, now: Date.now, random: Math.random, origin: '' }) // '42'
 * @see https://docs.pact.io/implementation_guides/rust/pact_consumer#generators
 */
export function generateValue(generator: PactGenerator, example: unknown, context: GeneratorContext): unknown {
  const option = (name: string, fallback: number) => (typeof generator[name] === 'number' ? (generator[name] as number) : fallback)
  switch (generator.type) {
    case 'ProviderState':
      return fromProviderState(String(generator.expression ?? ''), example, generator.dataType, context.state)
    case 'RandomInt': {
      const min = option('min', 0)
      const max = option('max', 2_147_483_647)
      return min + Math.floor(context.random() * (max - min + 1))
    }
    case 'RandomDecimal':
      return randomDecimal(option('digits', 6), context.random)
    case 'RandomHexadecimal':
      return randomChars(option('digits', 8), '0123456789abcdef', context.random)
    case 'RandomString':
      return randomChars(option('size', 10), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', context.random)
    case 'RandomBoolean':
      return context.random() < 0.5
    case 'Uuid':
      return uuid(String(generator.format ?? 'lower-case-hyphenated'), context.random)
    case 'Date':
    case 'Time':
    case 'DateTime':
      return dateValue(generator, context.now())
    case 'MockServerURL':
      return mockServerUrl(generator, example, context.origin)
    default:
      // `Regex` and generators the replay does not know: the example satisfies the contract.
      return example
  }
}

function fromProviderState(expression: string, example: unknown, dataType: unknown, state: Readonly<Record<string, unknown>>): unknown {
  const names = [...expression.matchAll(/\$\{([^}]+)\}/g)].map((found) => found[1]!)
  if (names.length === 0 || names.some((name) => state[name] === undefined)) return example
  const whole = /^\$\{([^}]+)\}$/.exec(expression)
  const raw = whole ? state[whole[1]!] : expression.replace(/\$\{([^}]+)\}/g, (_text, name: string) => String(state[name]))
  return convert(raw, dataType ?? (whole ? undefined : 'STRING'), example)
}

function convert(value: unknown, dataType: unknown, example: unknown): unknown {
  const type =
    typeof dataType === 'string' ? dataType.toUpperCase() : typeof example === 'number' ? 'DECIMAL' : typeof example === 'boolean' ? 'BOOLEAN' : 'RAW'
  if (type === 'STRING') return String(value)
  if (type === 'INTEGER') return Number.parseInt(String(value), 10)
  if (type === 'DECIMAL' || type === 'FLOAT') return Number(value)
  if (type === 'BOOLEAN') return value === true || String(value) === 'true'
  return typeof example === 'string' && typeof value !== 'string' ? String(value) : value
}

function dateValue(generator: PactGenerator, now: number): string {
  const expression = typeof generator.expression === 'string' ? generator.expression : undefined
  const date = evaluateDateExpression(expression, now)
  if (date === undefined) throw new Error(`cannot evaluate the ${generator.type} expression "${expression}"`)
  const pattern = typeof generator.format === 'string' ? generator.format : DEFAULT_FORMATS[generator.type]!
  const text = formatDate(date, pattern)
  if (text === undefined) throw new Error(`cannot format a date with the pattern "${pattern}"`)
  return text
}

function mockServerUrl(generator: PactGenerator, example: unknown, origin: string): unknown {
  const regex = typeof generator.regex === 'string' ? new RegExp(generator.regex) : undefined
  const found = regex?.exec(String(generator.example ?? example))
  return found?.[1] === undefined ? example : `${origin}${found[1]}`
}

function randomChars(size: number, alphabet: string, random: () => number): string {
  let out = ''
  for (let index = 0; index < size; index++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

function randomDecimal(digits: number, random: () => number): number {
  const whole = randomChars(Math.max(1, digits - 1), '0123456789', random).replace(/^0+(?=\d)/, '')
  const point = 1 + Math.floor(random() * Math.max(1, whole.length - 1))
  return Number(`${whole.slice(0, point)}.${whole.slice(point) || '0'}`)
}

function uuid(format: string, random: () => number): string {
  const hex = randomChars(32, '0123456789abcdef', random).split('')
  hex[12] = '4'
  hex[16] = '89ab'[Math.floor(random() * 4)]!
  const simple = hex.join('')
  const hyphenated = `${simple.slice(0, 8)}-${simple.slice(8, 12)}-${simple.slice(12, 16)}-${simple.slice(16, 20)}-${simple.slice(20)}`
  if (format === 'simple') return simple
  if (format === 'upper-case-hyphenated') return hyphenated.toUpperCase()
  if (format === 'URN') return `urn:uuid:${hyphenated}`
  return hyphenated
}

/**
 * A small seeded random source (mulberry32), so replayed random values repeat from run to run.
 *
 * @example
 * const random = seededRandom(42); random() // 0.6011…
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
