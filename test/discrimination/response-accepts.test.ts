import { describe, expect, it } from 'vitest'
import { parsePactPath } from './support/pact-path.ts'
import { responseAccepts, type PactResponse } from './support/response-accepts.ts'

const contract: PactResponse = {
  status: 404,
  headers: { 'Content-Type': ['application/json'] },
  body: { content: { errors: { code: 404, message: 'Employee not found', details: null }, status: 'failure' }, contentType: 'application/json' },
  matchingRules: {
    body: { '$.errors.details': { matchers: [{ match: 'type' }] } },
    header: { 'Content-Type': { matchers: [{ match: 'regex', regex: '^application\\/json\\s*(;.*)?$' }] } },
  },
}
const answer = (changes: Partial<{ status: number; contentType: string; body: unknown }> = {}) => ({
  status: changes.status ?? 404,
  headers: { 'Content-Type': changes.contentType ?? 'application/json; charset=utf-8' },
  body: changes.body ?? { errors: { code: 404, message: 'Employee not found', details: null }, status: 'failure', extra: true },
})

describe('a pact response accepting a documented response', () => {
  it('accepts the response it was written from, with extra keys and a charset', () => {
    expect(responseAccepts(contract, answer())).toEqual([])
  })

  it('refuses another status, content type or pinned value, naming where', () => {
    expect(responseAccepts(contract, answer({ status: 400 }))).toEqual(['status: expected 404, got 400'])
    expect(responseAccepts(contract, answer({ contentType: 'text/html' }))).toEqual([
      'header Content-Type: "text/html" does not match /^application\\/json\\s*(;.*)?$/',
    ])
    expect(responseAccepts(contract, answer({ body: { errors: { code: 404, message: 'Invalid coverage', details: null }, status: 'failure' } }))).toEqual([
      'body $.errors.message: expected "Employee not found", got "Invalid coverage"',
    ])
  })

  it('accepts any value of the same type where a type rule covers it, also below the rule’s path', () => {
    const loose: PactResponse = { ...contract, matchingRules: { ...contract.matchingRules, body: { '$.errors': { matchers: [{ match: 'type' }] } } } }
    expect(responseAccepts(loose, answer({ body: { errors: { code: 400, message: 'Name is required', details: null }, status: 'failure' } }))).toEqual([])
    expect(responseAccepts(loose, answer({ body: { errors: { code: '404', message: 'x', details: null }, status: 'failure' } }))).toEqual([
      'body $.errors.code: "404" is not of type number',
    ])
  })

  it('holds arrays to their length unless a type rule with min or max bounds them', () => {
    const list: PactResponse = { status: 400, body: { content: { errors: [{ code: 1 }] } } }
    expect(responseAccepts(list, { status: 400, headers: {}, body: { errors: [{ code: 1 }, { code: 1 }] } })).toEqual([
      'body $.errors: expected 1 items, got 2',
    ])
    const bounded: PactResponse = { ...list, matchingRules: { body: { '$.errors': { matchers: [{ match: 'type', min: 1 }] } } } }
    expect(responseAccepts(bounded, { status: 400, headers: {}, body: { errors: [{ code: 2 }, { code: 3 }] } })).toEqual([])
    expect(responseAccepts(bounded, { status: 400, headers: {}, body: { errors: [] } })).toEqual(['body $.errors: [] has fewer than 1 items'])
  })

  it('refuses to judge with a matcher it does not know', () => {
    const odd: PactResponse = { ...contract, matchingRules: { body: { '$.errors.message': { matchers: [{ match: 'semver' }] } } } }
    expect(() => responseAccepts(odd, answer())).toThrow(/matcher "semver" is not one this check knows/)
  })

  it('reads Pact paths with keys, indexes, wildcards and quoted keys', () => {
    expect(parsePactPath("$.errors[*]['error code'][0]")).toEqual(['errors', '*', 'error code', 0])
    expect(() => parsePactPath('errors.code')).toThrow(/must start with \$/)
  })
})
