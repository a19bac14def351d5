/** How to reach a Pact Broker, read from the environment; credentials stay in the environment. */
export interface BrokerConfig {
  baseUrl: string
  /** How the CLI authenticates: it reads PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD itself. */
  auth: 'token' | 'basic' | 'none'
}

/**
 * Either a broker to use, the one-line reason every broker step is skipped (no broker set), or a
 * broker setting that is wrong (`invalid`), which must fail the step rather than skip it silently.
 */
export type BrokerSetting = { enabled: true; config: BrokerConfig } | { enabled: false; reason: string; invalid?: true }

/**
 * Reads `PACT_BROKER_BASE_URL` (and whether a token or basic credentials are set) from `env`.
 *
 * @example
 * brokerSetting({}) // { enabled: false, reason: 'PACT_BROKER_BASE_URL is not set' }
 */
export function brokerSetting(env: NodeJS.ProcessEnv): BrokerSetting {
  const baseUrl = env.PACT_BROKER_BASE_URL?.trim()
  if (!baseUrl) return { enabled: false, reason: 'PACT_BROKER_BASE_URL is not set' }
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return { enabled: false, reason: 'PACT_BROKER_BASE_URL is not a URL', invalid: true }
  }
  if (url.username || url.password) return { enabled: false, reason: 'PACT_BROKER_BASE_URL must not carry credentials; use PACT_BROKER_TOKEN', invalid: true }
  const auth = env.PACT_BROKER_TOKEN ? 'token' : env.PACT_BROKER_USERNAME ? 'basic' : 'none'
  return { enabled: true, config: { baseUrl: url.toString().replace(/\/$/, ''), auth } }
}
