import { describe, expect, it } from 'vitest'
import { bodyMismatches } from '../../consumers/replay/body-mismatches.ts'
import { buildResponse } from '../../consumers/replay/build-response.ts'
import { evaluateDateExpression } from '../../consumers/replay/date-expression.ts'
import { formatDate } from '../../consumers/replay/format-date.ts'
import { generateValue, seededRandom, type GeneratorContext } from '../../consumers/replay/generate-value.ts'
import { InteractionIndex } from '../../consumers/replay/interaction-index.ts'
import { parseJsonPath } from '../../consumers/replay/json-path.ts'
import { matchRule } from '../../consumers/replay/match-rule.ts'
import type { PactRule } from '../../consumers/replay/pact-types.ts'
import { literalPrefix } from '../../consumers/replay/path-pattern.ts'
import { parsePact } from '../../consumers/replay/read-pact-file.ts'
import { problemOf } from './support/problem-of.ts'
import { toReplayInteraction } from '../../consumers/replay/replay-interaction.ts'
import { syntheticPact } from '../support/replay/synthetic-pact.ts'

const NOW = Date.UTC(2025, 0, 31, 22, 30, 15, 42)
const context = (state: Record<string, unknown> = {}): GeneratorContext => ({ state, now: () => NOW, random: seededRandom(3), origin: 'http://127.0.0.1:9999' })
const rule = (...matchers: PactRule['matchers']): PactRule => ({ combine: 'AND', matchers })

describe('date generators', () => {
  it.each([
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2025-01-31T22:30:15.042Z'],
    ['dd/MM/yy hh:mm a', '31/01/25 10:30 PM'],
    ['EEE, d MMM yyyy HH:mm:ss Z', 'Fri, 31 Jan 2025 22:30:15 +0000'],
    ["'day' D 'of' yyyy", 'day 31 of 2025'],
  ])('formats %s', (pattern, expected) => {
    expect(formatDate(new Date(NOW), pattern)).toBe(expected)
  })

  it('refuses a pattern letter it does not know', () => {
    expect(formatDate(new Date(NOW), 'yyyy-QQ')).toBeUndefined()
  })

  it.each([
    ['now', '2025-01-31T22:30:15.042Z'],
    ['tomorrow', '2025-02-01T22:30:15.042Z'],
    ['now + 30 seconds', '2025-01-31T22:30:45.042Z'],
    ['today - 2 days @ midnight', '2025-01-29T00:00:00.000Z'],
    ['next month @ 9:15 am', '2025-02-28T09:15:00.000Z'],
    ['now + 1 year', '2026-01-31T22:30:15.042Z'],
    ['yesterday + 1 hour + 5 minutes', '2025-01-30T23:35:15.042Z'],
  ])('evaluates "%s"', (expression, expected) => {
    expect(evaluateDateExpression(expression, NOW)?.toISOString()).toBe(expected)
  })

  it('refuses an expression it does not know', () => {
    expect(evaluateDateExpression('the day after the party', NOW)).toBeUndefined()
  })

  it('throws rather than serve a made-up date', () => {
    expect(() => generateValue({ type: 'Date', expression: 'fortnight' }, '2020-01-01', context())).toThrow()
  })
})

describe('generators', () => {
  it('fills a provider-state expression inside a string, converting by data type', () => {
    expect(generateValue({ type: 'ProviderState', expression: '/users/${id}/orders/${order}' }, '/users/1/orders/2', context({ id: 7, order: 'x' }))).toBe(
      '/users/7/orders/x',
    )
    expect(generateValue({ type: 'ProviderState', expression: '${count}', dataType: 'INTEGER' }, 1, context({ count: '12' }))).toBe(12)
    expect(generateValue({ type: 'ProviderState', expression: '${missing}' }, 'example', context())).toBe('example')
  })

  it('points MockServerURL at the origin the request went to', () => {
    const generator = { type: 'MockServerURL', example: 'http://localhost:1234/orders/9', regex: '.*(/orders/\\d+)$' }
    expect(generateValue(generator, 'http://localhost:1234/orders/9', context())).toBe('http://127.0.0.1:9999/orders/9')
  })

  it('keeps the example for a Regex generator', () => {
    expect(generateValue({ type: 'Regex', regex: '\\d{3}' }, '123', context())).toBe('123')
  })

  it('draws random values within their bounds, the same for the same seed', () => {
    const values = (seed: number) => {
      const run = { ...context(), random: seededRandom(seed) }
      return [
        generateValue({ type: 'RandomInt', min: 3, max: 5 }, 0, run),
        generateValue({ type: 'RandomString', size: 6 }, '', run),
        generateValue({ type: 'RandomHexadecimal', digits: 4 }, '', run),
      ]
    }
    const [int, text, hex] = values(9)
    expect(int).toBeGreaterThanOrEqual(3)
    expect(int).toBeLessThanOrEqual(5)
    expect(text).toMatch(/^[A-Za-z0-9]{6}$/)
    expect(hex).toMatch(/^[0-9a-f]{4}$/)
    expect(values(9)).toEqual([int, text, hex])
  })

  it('applies body generators under wildcard paths and adds Content-Type from the body', () => {
    const [interaction] = syntheticPact('acme', [
      {
        description: 'x',
        request: { method: 'GET', path: '/x' },
        response: {
          status: 200,
          body: { content: { items: [{ at: '' }, { at: '' }] }, contentType: 'application/json', encoded: false },
          generators: { body: { '$.items[*].at': { type: 'Date', format: 'yyyy-MM-dd' } } },
        },
      },
    ]).interactions
    const response = buildResponse(interaction!.response, context())
    expect(response.headers).toEqual([['Content-Type', 'application/json']])
    expect(JSON.parse(String(response.body))).toEqual({ items: [{ at: '2025-01-31' }, { at: '2025-01-31' }] })
  })
})

describe('matching', () => {
  it('compares bodies under type rules, arrays like their first example', () => {
    const rules = new Map([['$.items', rule({ match: 'type', min: 1 })]])
    expect(bodyMismatches({ items: [{ id: 1 }] }, { items: [{ id: 5 }, { id: 6 }] }, rules)).toEqual([])
    expect(bodyMismatches({ items: [{ id: 1 }] }, { items: [{ id: 'x' }] }, rules)).toEqual(['$.items[0].id: expected a number, got a string'])
    expect(bodyMismatches({ items: [{ id: 1 }] }, { items: [] }, rules)).toEqual(['$.items: expected at least 1 items'])
  })

  it('finds unexpected and missing keys where no rule applies', () => {
    expect(bodyMismatches({ a: 1, b: 2 }, { a: 1, c: 3 }, new Map())).toEqual(['$.c: not expected', '$.b: missing'])
  })

  it('combines matchers with OR when the rule says so', () => {
    const either: PactRule = { combine: 'OR', matchers: [{ match: 'regex', regex: '^\\d+$' }, { match: 'null' }] }
    expect([matchRule('12', '1', either), matchRule(null, '1', either), matchRule('x', '1', either) === null]).toEqual([null, null, false])
  })

  it('reads JSON paths with brackets, quotes and wildcards', () => {
    expect(parseJsonPath("$.a[0]['b-c'].*[*]")).toEqual(['a', 0, 'b-c', '*', '*'])
  })

  it('buckets regex paths by their whole literal segments', () => {
    expect(literalPrefix('^\\/api\\/v1\\/users\\/[^/]+$')).toBe('/api/v1/users')
    expect(literalPrefix('^/api/v1/?users$')).toBe('/api')
    expect(literalPrefix('/api/v1/users')).toBe('')
    expect(literalPrefix('^/a/b|^/c/d')).toBe('')
  })

  it('finds regex-path interactions next to exact ones, in pact-file order', () => {
    const pact = syntheticPact('acme', [
      {
        description: 'by-regex',
        request: { method: 'GET', path: '/a/1', matchingRules: { path: { combine: 'AND', matchers: [{ match: 'regex', regex: '^/a/\\d+$' }] } } },
        response: { status: 404 },
      },
      { description: 'exact', request: { method: 'GET', path: '/a/2' }, response: { status: 410 } },
      {
        description: 'unanchored',
        request: { method: 'GET', path: '/x/a/2', matchingRules: { path: { combine: 'AND', matchers: [{ match: 'regex', regex: 'a/2$' }] } } },
        response: { status: 400 },
      },
    ])
    const index = new InteractionIndex(pact.interactions.map(toReplayInteraction))
    expect(index.candidates('GET', '/a/2').map((interaction) => interaction.description)).toEqual(['by-regex', 'exact', 'unanchored'])
    expect(index.candidates('GET', '/a/x').map((interaction) => interaction.description)).toEqual([])
    expect(index.candidates('POST', '/a/2')).toEqual([])
  })
})

describe('pact files', () => {
  it('reads V3 headers, queries and bodies', () => {
    const pact = parsePact('v3.json', {
      consumer: { name: 'app' },
      provider: { name: 'acme' },
      metadata: { pactSpecification: { version: '3.0.0' } },
      interactions: [
        {
          description: 'v3',
          providerState: 'a state',
          request: { method: 'get', path: '/x', query: 'a=1&a=2&b=', headers: { Accept: 'application/json' } },
          response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { ok: true } },
        },
      ],
    })
    const [interaction] = pact.interactions
    expect(interaction!.request.method).toBe('GET')
    expect([...interaction!.request.query]).toEqual([
      ['a', ['1', '2']],
      ['b', ['']],
    ])
    expect(interaction!.states).toEqual([{ name: 'a state', params: {} }])
    expect(interaction!.response.body).toEqual({ content: { ok: true }, contentType: 'application/json', base64: false })
  })

  it('leaves message interactions out, naming them', () => {
    const pact = parsePact('mixed.json', {
      consumer: { name: 'app' },
      provider: { name: 'acme' },
      interactions: [{ type: 'Asynchronous/Messages', description: 'an event' }],
    })
    expect(pact.skipped).toEqual([{ description: 'an event', type: 'Asynchronous/Messages' }])
  })

  it.each([
    ['a Pact V2 file', { consumer: { name: 'a' }, provider: { name: 'b' }, metadata: { pactSpecification: { version: '2.0.0' } }, interactions: [] }],
    [
      'two interactions with one description',
      {
        consumer: { name: 'a' },
        provider: { name: 'b' },
        interactions: [1, 2].map(() => ({ description: 'same', request: { method: 'GET', path: '/' }, response: { status: 200 } })),
      },
    ],
    [
      'a status that is not a number',
      {
        consumer: { name: 'a' },
        provider: { name: 'b' },
        interactions: [{ description: 'x', request: { method: 'GET', path: '/' }, response: { status: '404' } }],
      },
    ],
  ])('refuses %s, naming the file', (_case, raw) => {
    expect(problemOf(() => parsePact('bad.json', raw))).toBe('bad-pact-file')
  })
})
