/** Aplos's production host; paths start with `/hermes/api/v1`. No sandbox host is documented. */
export const APLOS_DEFAULT_BASE_URL = 'https://app.aplos.com'

/** The environment variables an Aplos client reads. */
export interface AplosEnvConfig {
  baseUrl: string
  clientId: string
  privateKey: string
}

/**
 * Reads `APLOS_BASE_URL` (optional), `APLOS_CLIENT_ID` and `APLOS_PRIVATE_KEY` (the account's
 * private key, base64 or PEM). The key lives only in the environment, never in a file of the repo.
 *
 * @example
 * const client = new AplosClient(aplosConfigFromEnv())
 */
export function aplosConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AplosEnvConfig {
  const missing = ['APLOS_CLIENT_ID', 'APLOS_PRIVATE_KEY'].filter((name) => !env[name]?.trim())
  if (missing.length) throw new Error(`aplos: set ${missing.join(' and ')} in the environment`)
  return { baseUrl: env.APLOS_BASE_URL?.trim() || APLOS_DEFAULT_BASE_URL, clientId: env.APLOS_CLIENT_ID!.trim(), privateKey: env.APLOS_PRIVATE_KEY! }
}
