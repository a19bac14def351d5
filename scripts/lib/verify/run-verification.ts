import { redactUrl } from '../../../consumers/http/redact-url.ts'
import type { InteractionResult } from '../../../providers/verification/interaction-outcome.ts'
import { jobInteractions } from '../../../providers/verification/job-interactions.ts'
import { isDraftInteraction } from '../../../providers/verification/pact-file.ts'
import { loadProfile } from '../../../providers/verification/profiles.ts'
import { createRedactor } from '../../../providers/verification/redactor.ts'
import type { TransportPolicy } from '../../../providers/verification/transport-policy.ts'
import type { VendorJob } from '../../../providers/verification/vendor-job.ts'
import { createProgress, type Progress } from '../output/progress.ts'
import { loadContracts } from './load-contracts.ts'
import { limiter } from './limiter.ts'
import { runVendorWorker, type WorkerOutcome } from './run-vendor-worker.ts'
import { selectTarget } from './select-targets.ts'
import { exitCodeOf, summarize, type InteractionReport, type VendorReport, type VerificationReport } from './verification-report.ts'
import type { VerifyOptions } from './verify-options.ts'

/** No progress at all: the default for callers (tests) that do not ask for it. */
const SILENT = createProgress({ task: 'verify', quiet: true })

/** How long a worker may overrun the deadline (to report what it has) before it is killed. */
const KILL_GRACE_MS = 5_000

/**
 * Verifies the selected vendors' contracts, each vendor in its own worker process, `--workers` at once,
 * and builds the report. Every interaction of every selected vendor is in it with one outcome: an
 * interaction a worker never reported (crash, deadline) is `unavailable` with the reason.
 * `progress` hears of each vendor's start, each result and each vendor's end.
 *
 * @example
 * const report = await runVerification(parseVerifyOptions(['--vendor', 'plansource']))
 * report.exitCode // 0
 */
export async function runVerification(options: VerifyOptions, env: NodeJS.ProcessEnv = process.env, progress: Progress = SILENT): Promise<VerificationReport> {
  const startedAt = Date.now()
  const deadlineAt = startedAt + options.deadlineMs
  const contracts = loadContracts(options.contractsDir)
  const policy: Partial<Omit<TransportPolicy, 'deadlineAt'>> = Object.fromEntries(
    Object.entries({
      retries: options.retries,
      backoffMs: options.backoffMs,
      ratePerSecond: options.ratePerSecond,
      concurrency: options.concurrency,
      requestTimeoutMs: options.requestTimeoutMs,
      maxRetryWaitMs: options.maxRetryWaitMs,
    }).filter(([, value]) => value !== undefined),
  )
  const slot = limiter(options.workers)
  const vendors = await Promise.all(
    options.vendors.map(async (vendor): Promise<VendorReport> => {
      const profile = await loadProfile(vendor)
      const redactor = createRedactor(profile ? profile.env.filter((variable) => variable.secret).map((variable) => env[variable.name]) : [])
      const pacts = contracts.byVendor.get(vendor) ?? []
      const target = selectTarget(vendor, options.targets, profile, env)
      const job: VendorJob = { vendor, target, pactFiles: pacts.map((pact) => pact.file), deadlineAt, policy, awaitTokenExpiry: options.awaitTokenExpiry }
      const items = jobInteractions(pacts)
      let began = Date.now()
      const onResult = (index: number, result: InteractionResult) =>
        progress.vendorStep(vendor, {
          note: result.outcome === 'verified' ? undefined : `${result.outcome}: ${items[index]?.interaction.description ?? `interaction ${index}`}`,
        })
      // A vendor waiting for a worker slot has not started: its time and progress begin with its worker.
      const outcome: WorkerOutcome = await slot(async () => {
        began = Date.now()
        progress.vendorStarted(vendor, items.length)
        return items.length ? runVendorWorker(job, deadlineAt + KILL_GRACE_MS, onResult, env) : { targetUrl: undefined, results: new Map(), failure: undefined }
      })
      const interactions = items.map(({ pact, interaction }, index): InteractionReport => {
        const result = outcome.results.get(index) ?? {
          outcome: 'unavailable' as const,
          mismatches: [],
          reason: outcome.failure ?? 'the verification worker never reported this interaction',
          notes: [],
          durationMs: 0,
        }
        return {
          consumer: pact.consumer,
          description: interaction.description,
          providerStates: interaction.providerStates,
          request: interaction.request,
          pending: interaction.raw.pending === true,
          ...(isDraftInteraction(interaction.raw) ? { draft: true as const } : {}),
          ...redactor.redactDeep(result),
        }
      })
      const summary = summarize(interactions)
      progress.vendorDone(vendor, {
        outcome: exitCodeOf([{ interactions }]) === 1 ? 'failed' : exitCodeOf([{ interactions }]) === 2 ? 'warning' : 'ok',
        summary: `${summary.verified} verified, ${summary.mismatch} mismatch, ${summary.unavailable} unavailable`,
      })
      const targetUrl = outcome.targetUrl ?? (target.kind === 'reference' ? 'reference sandbox (not started)' : target.url)
      return {
        vendor,
        target: target.kind === 'reference' && !outcome.targetUrl ? targetUrl : redactor.redact(redactUrl(targetUrl).replace(/\/$/, '')),
        targetKind: target.kind,
        referenceSandbox: outcome.referenceSandbox ?? target.kind === 'reference',
        interactions,
        summary,
        durationMs: Date.now() - began,
        note: items.length ? undefined : `no contract in ${options.contractsDir} has ${vendor} as its provider`,
      }
    }),
  )
  return {
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Date.now() - startedAt,
    exitCode: exitCodeOf(vendors),
    vendors,
    skippedPacts: contracts.skipped,
  }
}
