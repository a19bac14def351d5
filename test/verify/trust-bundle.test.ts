import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isLoopbackHttp, useSmallTrustBundle } from '../../providers/verification/small-trust-bundle.ts'

describe('the small trust bundle for the Pact core', () => {
  it('is used for a plain HTTP target on loopback, even over an image-wide SSL_CERT_FILE', () => {
    const env: NodeJS.ProcessEnv = { SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' }
    expect(useSmallTrustBundle('http://127.0.0.1:4010', env, '')).toBe(true)
    expect(readFileSync(env.SSL_CERT_FILE!, 'utf8').match(/BEGIN CERTIFICATE/g)).toHaveLength(1)
    expect(env.SSL_CERT_DIR).toBeDefined()
  })

  it('leaves the system trust store alone for an HTTPS target', () => {
    const env: NodeJS.ProcessEnv = { SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' }
    expect(useSmallTrustBundle('https://sandbox.vendor.example', env, '')).toBe(false)
    expect(env).toEqual({ SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' })
  })

  it("leaves it alone when Node was told to use OpenSSL's CA store", () => {
    const env: NodeJS.ProcessEnv = {}
    expect(useSmallTrustBundle('http://127.0.0.1:4010', env, '--use-openssl-ca')).toBe(false)
    expect(env).toEqual({})
  })

  it.each([
    ['http://127.0.0.1:1', true],
    ['http://localhost:1', true],
    ['https://127.0.0.1:1', false],
    ['http://10.0.0.1:1', false],
    ['http://127.0.0.1.example.com', false],
  ])('takes %s for loopback HTTP: %s', (url, expected) => {
    expect(isLoopbackHttp(url)).toBe(expected)
  })
})
