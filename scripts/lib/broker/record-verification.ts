import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { createRedactor } from '../../../providers/verification/redactor.ts'
import { brokerApi, linkHref, type BrokerApi, type BrokerApiOptions } from './broker-api.ts'
import { isBrokerApiError } from './broker-api-error.ts'
import type { BrokerConfig } from './broker-config.ts'
import { readRecordableReport, RecordableReportError } from './recordable-report.ts'
import { verificationResults, type PactVerificationResult, type VerifiedBy } from './verification-results.ts'
import type { VersionInfo } from './version-info.ts'

/** What the step needs: the report, the broker, the versions, and where its lines go. */
export interface RecordVerificationInput {
  reportFile: string
  config: BrokerConfig
  /** Credentials are read from here only (PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME/PASSWORD). */
  env: NodeJS.ProcessEnv
  version: VersionInfo
  /** Print what would be sent instead of sending it. */
  dryRun: boolean
  out: (line: string) => void
  err: (line: string) => void
  api?: BrokerApiOptions
  verifiedBy?: VerifiedBy
}

/** The relation the broker's pact resource names its verification-results endpoint by. */
export const PUBLISH_VERIFICATION_RESULTS = 'pb:publish-verification-results'

/**
 * `npm run broker -- record-verification`: records on the broker ONE verification result per
 * (consumer, provider) pact of the verify report, the way the Pact verifier does for a pact it
 * fetched: GET the pact at the consumer version, PUT the provider version on its branch, POST the
 * result to the pact's `pb:publish-verification-results` link.
 *
 * Assumptions: the consumer version is this checkout's git SHA (what `npm run broker -- publish`
 * publishes the contracts under, so publish first), and the provider version is that same SHA on
 * this branch: the vendors publish no version of their own, so a result says "checked by this
 * suite at this commit". Returns 0 when every pact was recorded, 1 when any failed (after trying
 * all), 2 when the report cannot be read. Credentials never appear in what it prints.
 *
 * @example
 * process.exitCode = await recordVerification({ reportFile: 'reports/verify.json', config, env: process.env, version, dryRun: false, out: console.log, err: console.error })
 */
export async function recordVerification(input: RecordVerificationInput): Promise<0 | 1 | 2> {
  const redactor = createRedactor([input.env.PACT_BROKER_TOKEN, input.env.PACT_BROKER_PASSWORD])
  if (input.env.PACT_BROKER_USERNAME && input.env.PACT_BROKER_PASSWORD) redactor.addBasic(input.env.PACT_BROKER_USERNAME, input.env.PACT_BROKER_PASSWORD)
  const out = (line: string) => input.out(redactor.redact(line))
  const err = (line: string) => input.err(redactor.redact(line))
  let results: PactVerificationResult[]
  try {
    const report = readRecordableReport(input.reportFile)
    results = verificationResults(report, { version: input.version.version, buildUrl: input.version.buildUrl }, input.verifiedBy ?? pactCoreVerifier())
  } catch (error) {
    if (!(error instanceof RecordableReportError)) throw error
    err(`broker: cannot record-verification: ${error.message}`)
    return 2
  }
  if (results.length === 0) {
    out(`broker: record-verification: ${input.reportFile} has no verified interactions, nothing to record`)
    return 0
  }
  const api = brokerApi(input.config, input.env, input.api)
  let failed = 0
  for (const result of results) {
    const urls = pactUrls(api, result, input.version)
    if (input.dryRun) {
      out(`broker: would GET ${urls.pact}`)
      out(`broker: would PUT ${urls.branchVersion} {}`)
      out(`broker: would POST to its ${PUBLISH_VERIFICATION_RESULTS} link ${JSON.stringify(result.body)}`)
      continue
    }
    try {
      await recordOne(api, urls, result)
      out(`broker: recorded ${summaryOf(result)} (provider version ${input.version.version} on branch ${input.version.branch})`)
    } catch (error) {
      failed++
      err(`broker: cannot record the verification of ${result.consumer}'s pact by ${result.provider}: ${whyNot(error, result, input.version)}`)
    }
  }
  return failed ? 1 : 0
}

function pactUrls(api: BrokerApi, result: PactVerificationResult, version: VersionInfo) {
  return {
    pact: api.url('pacts', 'provider', result.provider, 'consumer', result.consumer, 'version', version.version),
    /** @see https://github.com/pact-foundation/pact_broker/blob/master/lib/pact_broker/doc/views/index/pacticipant-branch-version.markdown */
    branchVersion: api.url('pacticipants', result.provider, 'branches', version.branch, 'versions', version.version),
  }
}

async function recordOne(api: BrokerApi, urls: ReturnType<typeof pactUrls>, result: PactVerificationResult): Promise<void> {
  const pact = await api.get(urls.pact)
  const href = linkHref(pact, PUBLISH_VERIFICATION_RESULTS)
  if (href === undefined) throw new Error(`the broker's pact resource ${urls.pact} has no ${PUBLISH_VERIFICATION_RESULTS} link`)
  // Checked before anything is written, so a refused link leaves no half-recorded result behind.
  const resultsUrl = api.follow(href)
  await api.put(urls.branchVersion, {})
  await api.post(resultsUrl, result.body)
}

function summaryOf({ consumer, provider, body }: PactVerificationResult): string {
  const count = (outcome: string) => body.testResults.filter((test) => test.outcome === outcome).length
  return (
    `${body.success ? 'success' : 'failure'} for ${consumer}'s pact with ${provider}: ` +
    `${body.testResults.length} interactions, ${count('verified')} verified, ${count('mismatch')} mismatch, ${count('unavailable')} unavailable`
  )
}

function whyNot(error: unknown, result: PactVerificationResult, version: VersionInfo): string {
  if (isBrokerApiError(error) && error.failure === 'not-found' && error.request.method === 'GET') {
    return `the broker has no pact for consumer ${result.consumer} version ${version.version} with provider ${result.provider}; publish it first (npm run broker -- publish)`
  }
  return (error as Error).message
}

/**
 * `verifiedBy`: the Pact verifier that checked each interaction, at its installed version, named
 * as that verifier names itself to the Pact core (`pact-core`).
 */
function pactCoreVerifier(): VerifiedBy {
  let version = 'unknown'
  try {
    version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', '@pact-foundation', 'pact-core', 'package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    // The result is still worth recording without it.
  }
  return { implementation: 'pact-core', version }
}
