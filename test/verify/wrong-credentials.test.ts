import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startReferenceSandbox } from '../../providers/reference-sandboxes.ts'
import type { ReferenceSandbox } from '../../providers/sandbox-kit/start-sandbox-server.ts'
import { VENDOR_IDS } from '../../providers/vendor-ids.ts'
import { allProfiles } from '../../providers/verification/profiles.ts'
import type { VerificationReport } from '../../scripts/lib/verify/verification-report.ts'
import { verify } from './support/verify-run.ts'

/** Credentials no reference sandbox issued: made-up ids and secrets, and a key pair it never saw. */
function wrongValue(key: string): string {
  if (/privateKey/i.test(key)) return generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return `wrong-${key}`
}

describe('verification with credentials the vendor refuses', () => {
  const sandboxes: ReferenceSandbox[] = []
  let report: VerificationReport

  beforeAll(async () => {
    const env: Record<string, string> = {}
    for (const profile of await allProfiles()) {
      const sandbox = await startReferenceSandbox(profile.vendor)
      sandboxes.push(sandbox)
      // The reference sandbox as if it were the vendor's real one: our own credentials come from the environment.
      env[profile.urlEnv.name] = sandbox.url
      for (const variable of profile.env) if (/^(clientId|clientSecret|privateKey)$/.test(variable.key)) env[variable.name] = wrongValue(variable.key)
    }
    report = await verify({ vendors: [...VENDOR_IDS] }, env)
  }, 240_000)
  afterAll(async () => Promise.all(sandboxes.map((sandbox) => sandbox.close())))

  it('reports no mismatch: what our refused credentials could not reach is unavailable', () => {
    const mismatches = report.vendors.flatMap((vendor) =>
      vendor.interactions
        .filter((item) => !item.pending && item.outcome === 'mismatch')
        .map((item) => `${vendor.vendor}: ${item.description} ${JSON.stringify(item.mismatches)}`),
    )
    expect(mismatches).toEqual([])
    const unavailable = report.vendors.flatMap((vendor) => vendor.interactions.filter((item) => item.outcome === 'unavailable'))
    expect(unavailable.length).toBeGreaterThan(0)
  })

  it('names the variables to check when the vendor refused our credentials', () => {
    const refusals = report.vendors.flatMap((vendor) =>
      vendor.interactions
        .filter((item) => /refused our client credentials|refused it on use|no live access token/.test(item.reason ?? ''))
        .map((item) => item.reason!),
    )
    expect(refusals.length).toBeGreaterThan(0)
    for (const reason of refusals.filter((item) => /refused/.test(item))) expect(reason).toMatch(/check [A-Z_]+(, [A-Z_]+)*/)
  })

  it('still runs the interactions that need no credentials of ours, such as a request without a token', () => {
    const verified = report.vendors.flatMap((vendor) => vendor.interactions.filter((item) => item.outcome === 'verified'))
    expect(verified.length).toBeGreaterThan(0)
    expect(report.vendors.every((vendor) => vendor.targetKind === 'real')).toBe(true)
  })
})
