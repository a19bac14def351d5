import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import type { PactInteraction } from '../../providers/verification/pact-file.ts'
import { testedVendors } from '../support/tested-vendors.ts'
import { contractOf, contractsFolder, verify } from './support/verify-run.ts'

/** Some vendor (the first tested one), and three of its interactions a reference sandbox verifies with no provider state to set up. */
const vendor = testedVendors()[0]!
const plain = contractOf(vendor)
  .interactions.filter((interaction) => interaction.providerStates.length === 0 && interaction.raw.pending !== true)
  .slice(0, 3)
  .map((interaction) => interaction.description)
const kept = (interaction: PactInteraction) => plain.includes(interaction.description)

/** A certificate for 127.0.0.1 made with the openssl command, or undefined where it is missing. */
function selfSignedCertificate(dir: string): { key: string; cert: string; certFile: string } | undefined {
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    )
  } catch {
    return undefined
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile }
}

const dir = mkdtempSync(join(tmpdir(), 'verify-https-'))
const certificate = selfSignedCertificate(dir)
let sandbox: ReferenceSandbox
let tls: { url: string; close(): void }

beforeAll(async () => {
  if (!certificate) return
  sandbox = await startReferenceSandbox(vendor)
  // TLS in front of the reference sandbox, as a vendor's HTTPS sandbox would be.
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (incoming, outgoing) => {
    const upstream = httpRequest(`${sandbox.url}${incoming.url}`, { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    })
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  tls = { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
})
afterAll(async () => {
  tls?.close()
  await sandbox?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('verification against an HTTPS target', () => {
  it.skipIf(!certificate)(
    'verifies through TLS checked against the trust store the process was given',
    async () => {
      const folder = contractsFolder([{ pact: contractOf(vendor), keep: kept }])
      try {
        const report = await verify(
          { vendors: [vendor], contractsDir: folder.dir, targets: new Map([[vendor, tls.url]]) },
          { NODE_EXTRA_CA_CERTS: certificate!.certFile },
        )
        expect(plain.length, `${vendor}: its contract has no interaction without a provider state`).toBeGreaterThan(0)
        expect(report.vendors[0]!.interactions.map((interaction) => interaction.outcome)).toEqual(plain.map(() => 'verified'))
      } finally {
        folder.remove()
      }
    },
    90_000,
  )

  it.skipIf(!certificate)(
    'reports an untrusted certificate as unavailable, not as a mismatch',
    async () => {
      const folder = contractsFolder([{ pact: contractOf(vendor), keep: (interaction) => interaction.description === plain[0] }])
      try {
        const report = await verify(
          { vendors: [vendor], contractsDir: folder.dir, targets: new Map([[vendor, tls.url]]) },
          { NODE_EXTRA_CA_CERTS: '/dev/null' },
        )
        expect(report.vendors[0]!.interactions[0]).toMatchObject({
          outcome: 'unavailable',
          reason: expect.stringMatching(/^the target is unreachable: TLS certificate not accepted \(/),
        })
      } finally {
        folder.remove()
      }
    },
    90_000,
  )
})
