import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { parseVendorId, VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'
import { redactUrl } from '../../../consumers/http/redact-url.ts'

/** The report formats `--format` accepts. */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'markdown'] as const

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** What `npm run verify` was asked to do. */
export interface VerifyOptions {
  vendors: VendorId[]
  /** `--target <id>=<url>`: overrides the real sandbox and the reference sandbox for that vendor. */
  targets: Map<VendorId, string>
  format: ReportFormat
  out: string | undefined
  /** `--assumptions <file>`: where the assumption ledger goes (default assumptions.json beside --out, else reports/). */
  assumptionsOut: string | undefined
  contractsDir: string
  /** The whole run's time limit. */
  deadlineMs: number
  retries: number | undefined
  backoffMs: number | undefined
  ratePerSecond: number | undefined
  concurrency: number | undefined
  /** Vendors verified at once, each in its own worker process. */
  workers: number
  requestTimeoutMs: number | undefined
  maxRetryWaitMs: number | undefined
  awaitTokenExpiry: boolean
  quiet: boolean
  help: boolean
  listEnv: boolean
}

/** A command line that cannot be run, with a message naming the option and value. */
export class VerifyUsageError extends Error {
  override name = 'VerifyUsageError' as const
}

/** The usage text of `npm run verify`. */
export const VERIFY_USAGE = `usage: npm run verify -- [options]
  --vendor <id>             verify only this vendor (repeatable; default all: ${VENDOR_IDS.join(', ')})
  --target <id>=<url>       verify this vendor against <url> (e.g. a sandbox from npm run sandbox)
                            default: the real sandbox when <VENDOR>_SANDBOX_URL is set, else the reference sandbox
  --format <format>         text | json | junit | markdown (default text)
  --out <file>              write the report there (atomically); the summary still goes to the terminal
  --assumptions <file>      write the assumption ledger there (default: assumptions.json beside --out, else reports/assumptions.json)
  --deadline <seconds>      time limit for the whole run (default 900)
  --retries <n>             extra attempts after a transient failure (default 2)
  --backoff <seconds>       first wait before a retry; it doubles, with jitter, up to 4 s (default 0.25)
  --rate <n>                requests per second per vendor (default 5 on real sandboxes, no limit otherwise)
  --concurrency <n>         requests in flight per vendor (default 2)
  --workers <n>             vendors verified at once, each in its own process (default: twice the CPU cores, here ${2 * availableParallelism()})
  --request-timeout <s>     time limit of one request (default 15)
  --max-retry-wait <s>      longest Retry-After/X-RateLimit-Reset wait honoured (default 60)
  --await-token-expiry      without an expired token in the environment, wait out a fresh token's lifetime
  --contracts <dir>         where the pact files are (default contracts/)
  --list-env                print the environment variables each vendor's real sandbox reads, and exit
  --quiet                   no per-vendor summary on the terminal
exit codes: 0 all verified, 1 any mismatch, 2 none mismatched but some unavailable, 3 could not run`

/**
 * Parses `npm run verify` arguments.
 *
 * @example
 * parseVerifyOptions(['--vendor', 'usta', '--target', 'usta=http://127.0.0.1:4010', '--format', 'json'])
 */
export function parseVerifyOptions(argv: string[]): VerifyOptions {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    throw new VerifyUsageError((error as Error).message)
  }
  const vendorOf = (value: string, option: string) => {
    try {
      return parseVendorId(value)
    } catch (error) {
      throw new VerifyUsageError(`${option}: ${(error as Error).message}`)
    }
  }
  const vendors = values.vendor.length ? [...new Set(values.vendor.map((value) => vendorOf(value, '--vendor')))] : [...VENDOR_IDS]
  const targets = new Map<VendorId, string>()
  for (const value of values.target) {
    const equals = value.indexOf('=')
    if (equals < 0) throw new VerifyUsageError(`--target ${value}: expected <vendor>=<url>`)
    const vendor = vendorOf(value.slice(0, equals), '--target')
    targets.set(vendor, checkUrl(value.slice(equals + 1), `--target ${vendor}`))
  }
  const format = values.format as ReportFormat
  if (!REPORT_FORMATS.includes(format)) throw new VerifyUsageError(`--format ${values.format}: expected one of ${REPORT_FORMATS.join(', ')}`)
  return {
    vendors,
    targets,
    format,
    out: values.out,
    assumptionsOut: values.assumptions,
    contractsDir: values.contracts ?? join(PROJECT_ROOT, 'contracts'),
    deadlineMs: seconds(values.deadline, '--deadline') ?? 900_000,
    retries: count(values.retries, '--retries'),
    backoffMs: seconds(values.backoff, '--backoff', 0),
    ratePerSecond: positive(values.rate, '--rate'),
    concurrency: count(values.concurrency, '--concurrency', 1),
    workers: count(values.workers, '--workers', 1) ?? 2 * availableParallelism(),
    requestTimeoutMs: seconds(values['request-timeout'], '--request-timeout'),
    maxRetryWaitMs: seconds(values['max-retry-wait'], '--max-retry-wait', 0),
    awaitTokenExpiry: values['await-token-expiry'],
    quiet: values.quiet,
    help: values.help,
    listEnv: values['list-env'],
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      vendor: { type: 'string', multiple: true, default: [] },
      target: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      assumptions: { type: 'string' },
      contracts: { type: 'string' },
      deadline: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      rate: { type: 'string' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      'request-timeout': { type: 'string' },
      'max-retry-wait': { type: 'string' },
      'await-token-expiry': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      'list-env': { type: 'boolean', default: false },
    },
  })
}

/**
 * Checks that a target is an http(s) URL without credentials in it, naming where it came from when
 * it is not (and never repeating the credentials).
 *
 * @example
 * checkUrl('http://127.0.0.1:4010', '--target usta') // 'http://127.0.0.1:4010'
 */
export function checkUrl(value: string, where: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new VerifyUsageError(`${where}: "${redactUrl(value)}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new VerifyUsageError(`${where}: expected an http or https URL, got ${url.protocol}`)
  // Credentials belong in the vendor's environment variables, where they are known secrets.
  if (url.username || url.password)
    throw new VerifyUsageError(`${where}: the URL must not carry credentials (${redactUrl(value)}); set the vendor's environment variables instead`)
  return value.replace(/\/+$/, '')
}

function number(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < min) throw new VerifyUsageError(`${option} ${value}: expected a number >= ${min}`)
  return parsed
}
function seconds(value: string | undefined, option: string, min = 0.001): number | undefined {
  const parsed = number(value, option, min)
  return parsed === undefined ? undefined : Math.round(parsed * 1000)
}
function count(value: string | undefined, option: string, min = 0): number | undefined {
  const parsed = number(value, option, min)
  if (parsed !== undefined && !Number.isInteger(parsed)) throw new VerifyUsageError(`${option} ${value}: expected a whole number`)
  return parsed
}
function positive(value: string | undefined, option: string): number | undefined {
  return number(value, option, 0.001)
}
