import { describe, expect, it } from 'vitest'
import { parseDrift } from '../../providers/sandbox-kit/drift-schema.ts'

describe('parseDrift', () => {
  it('reads each kind of drift from its JSON text', () => {
    expect(parseDrift('{"kind":"status","from":404,"to":410}')).toEqual({ kind: 'status', from: 404, to: 410 })
    expect(parseDrift('{"kind":"value","key":"code","from":3001,"to":null}')).toEqual({ kind: 'value', key: 'code', from: 3001, to: null })
    expect(parseDrift('{"kind":"content-type","to":"application/json"}')).toEqual({ kind: 'content-type', to: 'application/json' })
  })

  it('names text that is not JSON', () => {
    expect(() => parseDrift('status 404')).toThrow('--drift is not JSON: status 404')
  })

  it('names a drift it does not know, listing the kinds it does', () => {
    expect(() => parseDrift('{"kind":"status","from":"404","to":410}')).toThrow(/is not a drift \(kinds: rename-key, status, value, content-type/)
    expect(() => parseDrift('{"kind":"rename-key","from":"","to":"code"}')).toThrow(/is not a drift/)
  })
})
