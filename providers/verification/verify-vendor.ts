import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// Pact's core verifier, without pact-js's wrapper: that wrapper puts an Express proxy between the
// verifier and the provider for state handlers and request filters, which the gateway and the
// state-change server here do themselves. It costs about 0.2 s of CPU to load in every worker and
// doubles the CPU of each interaction (bench: verification).
import { Verifier } from '@pact-foundation/pact-core'
import { startReferenceSandbox } from '../reference-sandboxes.ts'
import type { ReferenceSandbox } from '../sandbox-kit/start-sandbox-server.ts'
import { classifyResult } from './classify-result.ts'
import { credentialRefusal } from './credential-refusal.ts'
import { credentialSwap } from './credential-swap.ts'
import { startGateway } from './gateway.ts'
import type { InteractionResult } from './interaction-outcome.ts'
import { jobInteractions } from './job-interactions.ts'
import { readPactFile, singleInteractionPact } from './pact-file.ts'
import { politeClient } from './polite-client.ts'
import { loadProfile } from './profiles.ts'
import { createRedactor } from './redactor.ts'
import { probeReferenceSandbox } from './reference-control-client.ts'
import { RunScope } from './run-scope.ts'
import { sleep } from './sleep.ts'
import { useSmallTrustBundle } from './small-trust-bundle.ts'
import { adaptStates, missingStates, type StateChanges } from './state-adapter.ts'
import { startStateChangeServer } from './state-change-server.ts'
import { defaultTransportPolicy } from './transport-policy.ts'
import { vendorApi } from './vendor-api.ts'
import type { CredentialValues, StateContext, VerificationProfile } from './verification-profile.ts'
import type { VendorJob } from './vendor-job.ts'

/**
 * Verifies every interaction of one vendor's pact files against its target, one interaction per
 * Pact verifier run so that each gets its own outcome, and reports each as soon as it is known.
 * Never throws for a vendor problem: whatever keeps an interaction from being verified becomes
 * its `unavailable` reason.
 *
 * @example
 * await verifyVendor(job, { onTarget: (url, referenceSandbox) => {}, onResult: (index, result) => {} })
 */
export async function verifyVendor(
  job: VendorJob,
  report: {
    /** The target's URL, once known, and whether it answered as this vendor's reference sandbox (never asked of a real one). */
    onTarget(url: string, referenceSandbox: boolean): void
    onResult(index: number, result: InteractionResult): void
  },
): Promise<void> {
  const profile = await loadProfile(job.vendor)
  const redactor = createRedactor(profile ? secretsInEnvironment(profile) : [])
  const items = jobInteractions(job.pactFiles.map(readPactFile))
  const unavailableFrom = (start: number, reason: string) => {
    for (let index = start; index < items.length; index++)
      report.onResult(index, { outcome: 'unavailable', mismatches: [], reason: redactor.redact(reason), notes: [], durationMs: 0 })
  }
  if (!profile) return unavailableFrom(0, `${job.vendor} has no verification profile (provider states, credentials) yet`)

  let sandbox: ReferenceSandbox | undefined
  const cleanup: (() => Promise<unknown>)[] = []
  const tempDir = mkdtempSync(join(tmpdir(), `verify-${job.vendor}-`))
  cleanup.push(async () => rmSync(tempDir, { recursive: true, force: true }))
  try {
    if (job.target.kind === 'reference') {
      try {
        sandbox = await startReferenceSandbox(job.vendor)
      } catch (error) {
        return unavailableFrom(0, `the reference sandbox did not start: ${(error as Error).message}`)
      }
      cleanup.push(() => sandbox!.close())
    }
    const targetUrl = sandbox?.url ?? (job.target as { url: string }).url
    useSmallTrustBundle(targetUrl)

    // Polite by default; a reference sandbox (ours, on this machine) is not paced unless --rate says so.
    const policy = { ...defaultTransportPolicy(job.deadlineAt), ...job.policy }
    const unpaced = { ...policy, ratePerSecond: job.policy.ratePerSecond ?? Infinity }
    let client = politeClient(job.target.kind === 'reference' ? unpaced : policy)
    let api = vendorApi(client, targetUrl)
    // A real sandbox is not asked about a path it does not have; anything else is, once.
    const probe = job.target.kind === 'real' ? ({ kind: 'other' } as const) : await probeReferenceSandbox(api, job.vendor)
    report.onTarget(targetUrl, job.target.kind === 'reference' || probe.kind === 'reference')
    if (probe.kind === 'unreachable') return unavailableFrom(0, `the target is unreachable: ${probe.reason}`)
    if (probe.kind === 'reference' && job.target.kind === 'url') {
      client = politeClient(unpaced)
      api = vendorApi(client, targetUrl)
    }
    const reference = probe.kind === 'reference' ? probe.control : undefined
    const values = credentialValues(profile, reference?.credentials)
    const credentials = profile.credentials(values, api, redactor)
    let current: { scope: RunScope; states: StateChanges } | undefined
    const scope = () => current?.scope
    const prepare = credentialSwap({ scope, profile, credentials, redactor })
    const gateway = await startGateway({ targetUrl, client, scope, redactor, prepare, inspect: credentialRefusal(profile, credentials) })
    cleanup.push(() => gateway.close())
    const stateServer = await startStateChangeServer(() => current?.states)
    cleanup.push(() => stateServer.close())

    for (const [index, { pact, interaction }] of items.entries()) {
      const startedAt = Date.now()
      if (startedAt >= job.deadlineAt) return unavailableFrom(index, 'the deadline passed before this interaction could be verified')
      const missing = missingStates(interaction, profile.states)
      if (missing.length) {
        report.onResult(index, {
          outcome: 'unavailable',
          mismatches: [],
          reason: `no provider-state handler for ${missing.map((name) => `"${name}"`).join(', ')}`,
          notes: [],
          durationMs: 0,
        })
        continue
      }
      const runScope = new RunScope(interaction)
      const context: StateContext = {
        api,
        target: { kind: job.target.kind, url: targetUrl },
        reference,
        credentials,
        values,
        scope: runScope,
        redactor,
        authHeader: profile.authHeader,
        options: { awaitTokenExpiry: job.awaitTokenExpiry },
        sleep: (ms) => (Date.now() + ms > job.deadlineAt ? Promise.reject(new Error('waiting would pass the deadline')) : sleep(ms)),
        now: Date.now,
      }
      const file = join(tempDir, `interaction-${index}.json`)
      writeFileSync(file, JSON.stringify(singleInteractionPact(pact, interaction)))
      current = { scope: runScope, states: adaptStates(interaction, profile.states, context, redactor) }
      const verifier = new Verifier({
        provider: job.vendor,
        providerBaseUrl: gateway.url,
        providerStatesSetupUrl: stateServer.url,
        pactUrls: [file],
        logLevel: 'error',
        timeout: Math.max(1_000, job.deadlineAt - Date.now() + 1_000),
      })
      // The core's JSON report either way: resolved when every check passed, as the error's message when not.
      const output = await verifier.verify().catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
      for (const clean of runScope.cleanups.splice(0)) await clean().catch((error: unknown) => runScope.notes.push(`clean-up failed: ${String(error)}`))
      report.onResult(index, redactor.redactDeep(classifyResult(output, runScope, startedAt)))
      current = undefined
    }
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined)
  }
}

/** The secret values of a vendor's environment variables, for the redactor. */
export function secretsInEnvironment(profile: VerificationProfile, env: NodeJS.ProcessEnv = process.env): string[] {
  return profile.env.filter((variable) => variable.secret).flatMap((variable) => (env[variable.name] ? [env[variable.name]!] : []))
}

/**
 * Credential values by logical key: a reference sandbox's demo credentials when the target is
 * one, else the vendor's environment variables.
 */
function credentialValues(
  profile: VerificationProfile,
  reference: Record<string, unknown> | undefined,
  env: NodeJS.ProcessEnv = process.env,
): CredentialValues {
  if (reference) return (key) => (typeof reference[key] === 'string' ? (reference[key] as string) : undefined)
  const names = new Map(profile.env.map((variable) => [variable.key, variable.name]))
  return (key) => {
    const name = names.get(key)
    const value = name ? env[name] : undefined
    return value === undefined || value === '' ? undefined : value
  }
}
