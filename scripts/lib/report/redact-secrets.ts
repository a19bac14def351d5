import { redactUrl } from '../../../consumers/http/redact-url.ts'

/** Environment variable names whose values are secrets, whatever the vendor calls them. */
const SECRET_NAMES = /SECRET|TOKEN|PASSWORD|PASSPHRASE|PRIVATE_KEY|API_KEY|CREDENTIAL/i
/** Values shorter than this are not searched for: they would match ordinary words. */
const MIN_SECRET_LENGTH = 6
/** The mark that replaces a secret. */
export const REDACTED = '[redacted]'

/**
 * The secret values present in an environment: whole values, and each long line of multi-line
 * ones (a PEM key's body lines), longest first so a longer secret is replaced before its parts.
 *
 * @example
 * secretValues({ USTA_CLIENT_SECRET: 's3cr3t-value', HOME: '/root' }) // ['s3cr3t-value']
 */
export function secretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    if (!value || !SECRET_NAMES.test(name)) continue
    if (value.trim().length >= MIN_SECRET_LENGTH) values.add(value.trim())
    for (const line of value.split(/\r?\n|\\n/)) {
      const part = line.trim()
      if (part.length >= 12 && !part.startsWith('-----')) values.add(part)
    }
  }
  return [...values].sort((a, b) => b.length - a.length)
}

/**
 * Replaces every secret value in a text with `[redacted]`.
 *
 * @example
 * redactText('token=abc123xyz', ['abc123xyz']) // 'token=[redacted]'
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(REDACTED)
  return result
}

/**
 * Copies a JSON value with every string redacted: secret values replaced, and URLs stripped of user
 * info and credential-like query values.
 *
 * @example
 * redactDeep({ target: 'https://u:p@api.test/?token=t' }, []) // { target: 'https://api.test/?token=***' }
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') {
    const text = redactText(value, secrets)
    return (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text) ? redactUrl(text) : text) as T
  }
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)])) as T
  }
  return value
}
