import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../providers/verification/redactor.ts'

describe('createRedactor', () => {
  it('replaces a secret as is, URL-encoded, base64 and JSON-escaped', () => {
    const secret = 's3cret/with+"quotes"'
    const redactor = createRedactor([secret])
    for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)]) {
      expect(redactor.redact(`before ${form} after`)).toBe('before [redacted] after')
    }
  })

  it('replaces a Basic header built from a client id and secret', () => {
    const redactor = createRedactor()
    redactor.addBasic('client', 'secret-value')
    expect(redactor.redact(`Basic ${Buffer.from('client:secret-value').toString('base64')}`)).toBe('Basic [redacted]')
  })

  it('replaces every line of a PEM key and redacts strings deep inside values', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n'
    const redactor = createRedactor([pem])
    expect(redactor.redact('line MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7 leaked')).toBe('line [redacted] leaked')
    expect(redactor.redactDeep({ list: [{ key: pem }] })).toEqual({ list: [{ key: '[redacted]' }] })
  })

  it('ignores values too short to be secrets', () => {
    expect(createRedactor(['abc', '', undefined]).redact('abc')).toBe('abc')
  })
})
