/** Aplos's production host; paths start with `/hermes/api/v1`. No sandbox host is documented. */
export const APLOS_DEFAULT_BASE_URL = 'https://app.aplos.com'

/** The environment variables an Aplos client reads. */
export interface AplosEnvConfig {
  baseUrl: string
  clientId: string
  privateKey: string
  /** Partner mode: the customer's Aplos account id, sent as `aplos-account-id` on data calls. */
  accountId?: string | undefined
}

/**
 * Reads `APLOS_BASE_URL` (optional), `APLOS_CLIENT_ID`, `APLOS_PRIVATE_KEY` (the account's
 * private key, base64 PKCS#8 DER as Aplos issues it, or PEM) and `APLOS_ACCOUNT_ID` (optional:
 * partner mode, the customer account a partner's client works on). The key lives only in the
 * environment, never in a file of the repo.
 *
 * @example
 * const client = new AplosClient(aplosConfigFromEnv())
 */
export function aplosConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AplosEnvConfig {
  const missing = ['APLOS_CLIENT_ID', 'APLOS_PRIVATE_KEY'].filter((name) => !env[name]?.trim())
  if (missing.length) throw new Error(`aplos: set ${missing.join(' and ')} in the environment`)
  return {
    baseUrl: env.APLOS_BASE_URL?.trim() || APLOS_DEFAULT_BASE_URL,
    clientId: env.APLOS_CLIENT_ID!.trim(),
    privateKey: env.APLOS_PRIVATE_KEY!,
    accountId: env.APLOS_ACCOUNT_ID?.trim() || undefined,
  }
}
