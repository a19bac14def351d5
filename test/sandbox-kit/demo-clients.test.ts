import { constants, createPrivateKey, privateDecrypt, publicEncrypt } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../providers/sandbox-kit/oauth/demo-clients.ts'

describe('demo clients of the sandbox kit', () => {
  it('names clients after their roles and publishes their ids and secrets as the control path’s credentials', () => {
    const clients = demoClients(
      [
        { role: 'main', tokenLifetimeMs: 3_600_000 },
        { role: 'shortLived', tokenLifetimeMs: SHORT_LIVED_TOKEN_MS },
      ],
      { secrets: true },
    )
    expect(clients.all.map((client) => client.id)).toEqual(['reference-client', 'reference-short-lived-client'])
    expect(Object.keys(clients.credentials)).toEqual(['clientId', 'clientSecret', 'shortLivedClientId', 'shortLivedClientSecret'])
    expect(clients.credentials.clientSecret).not.toBe(clients.credentials.shortLivedClientSecret)
    expect(clients.get('reference-short-lived-client')?.tokenLifetimeMs).toBe(SHORT_LIVED_TOKEN_MS)
  })

  it('makes new secrets at every start', () => {
    const spec = [{ role: 'main', tokenLifetimeMs: 1000 }]
    expect(demoClients(spec, { secrets: true }).credentials.clientSecret).not.toBe(demoClients(spec, { secrets: true }).credentials.clientSecret)
  })

  it('keeps the vendor’s own fields on each client, and leaves a client without a role unpublished', () => {
    const clients = demoClients([
      { role: 'main', tokenLifetimeMs: 1000, quota: 3 },
      { id: 'fixture-client', tokenLifetimeMs: 1000, quota: 5 },
    ])
    expect(clients.get('fixture-client')).toMatchObject({ quota: 5, scopes: [] })
    expect(clients.credentials).toEqual({ clientId: 'reference-client' })
  })

  it.each(['pem', 'der-base64'] as const)('shares one key pair and publishes its private key as %s', (format) => {
    const clients = demoClients([{ role: 'main', tokenLifetimeMs: 1000 }], { keyPair: format })
    const privateKey = clients.credentials.privateKey!
    const key = format === 'pem' ? createPrivateKey(privateKey) : createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' })
    const sealed = publicEncrypt({ key: clients.all[0]!.publicKey!, padding: constants.RSA_PKCS1_OAEP_PADDING }, Buffer.from('hello'))
    expect(privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING }, sealed).toString()).toBe('hello')
    expect(clients.credentials.privateKey?.startsWith('-----BEGIN')).toBe(format === 'pem')
  })

  it('refuses two clients with one id', () => {
    expect(() =>
      demoClients([
        { role: 'main', tokenLifetimeMs: 1 },
        { id: 'reference-client', tokenLifetimeMs: 1 },
      ]),
    ).toThrow(/two clients share an id/)
  })
})
