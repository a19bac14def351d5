import { randomBytes } from 'node:crypto'
import { VENDOR_IDS } from '../../../providers/vendor-ids.ts'
import { verifyCommand } from '../../../scripts/lib/verify/verify-command.ts'

/**
 * Secret variables read somewhere in the project, beyond what `npm run verify -- --list-env` marks
 * secret: keys the clients read, CI and broker tokens.
 */
const KNOWN_SECRET_VARIABLES = [
  'PLANSOURCE_CLIENT_SECRET',
  'PLANSOURCE_PRIVATE_KEY',
  'PLANSOURCE_ACCESS_TOKEN',
  'DOCPLANNER_CLIENT_SECRET',
  'APLOS_PRIVATE_KEY',
  'APLOS_ACCESS_TOKEN',
  'PLUSAUTH_CLIENT_SECRET',
  'USTA_CLIENT_SECRET',
  'GITHUB_TOKEN',
  'PACT_BROKER_TOKEN',
  'PACT_BROKER_PASSWORD',
]

/** Canary values for every secret variable, and the settings that make commands use them. */
export interface CanaryEnvironment {
  /** Variable name → a fresh random canary value. */
  secrets: Map<string, string>
  /** Non-secret settings that make every command take its real-sandbox path (to a port where nothing listens). */
  settings: Record<string, string>
  /** Client id and canary secret pairs, as HTTP Basic would carry them. */
  basicPairs: Array<[string, string]>
  /** `settings` and `secrets` together, for a child process's environment. */
  env: Record<string, string>
}

/**
 * A fresh canary environment: every variable `npm run verify -- --list-env` marks secret, plus the
 * known others, gets a random `canary-…` value; every other sandbox variable a harmless setting.
 *
 * @example
 * const canaries = await canaryEnvironment()
 * spawn('node', ['script.js'], { env: { ...process.env, ...canaries.env } })
 */
export async function canaryEnvironment(): Promise<CanaryEnvironment> {
  const variables = new Set(KNOWN_SECRET_VARIABLES)
  const settings: Record<string, string> = {}
  let listed = ''
  const io = { stdout: { write: (text: string) => (listed += text) }, stderr: { write: () => true }, env: {} }
  await verifyCommand(['--list-env'], io)
  for (const line of listed.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)( \(secret\))?:/.exec(line)
    if (match === null) continue
    if (match[2] !== undefined) variables.add(match[1]!)
    else if (match[1]!.endsWith('_URL')) settings[match[1]!] = 'http://127.0.0.1:9'
    else settings[match[1]!] = `not-secret-${match[1]!.toLowerCase()}`
  }
  for (const vendor of VENDOR_IDS) settings[`${vendor.toUpperCase()}_SANDBOX_URL`] ??= 'http://127.0.0.1:9'
  const secrets = new Map([...variables].map((variable) => [variable, `canary-${randomBytes(9).toString('hex')}`]))
  const basicPairs: Array<[string, string]> = []
  for (const [name, value] of secrets) {
    const id = settings[name.replace(/_(CLIENT_SECRET|PASSWORD)$/, '_CLIENT_ID')] ?? settings[name.replace(/_PASSWORD$/, '_USERNAME')]
    if (id !== undefined) basicPairs.push([id, value])
  }
  return { secrets, settings, basicPairs, env: { ...settings, ...Object.fromEntries(secrets) } }
}
