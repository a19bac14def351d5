/** Shorter values are too likely to occur by chance to be replaced everywhere. */
const MIN_SECRET_LENGTH = 6

/**
 * Replaces known secret values in any text before it leaves the process: reports, logs, error
 * messages. It also knows their URL-encoded and base64 forms (a Basic header, a form body).
 *
 * @example
 * const redactor = createRedactor([process.env.USTA_CLIENT_SECRET])
 * redactor.redact(`failed with ${secret}`) // 'failed with [redacted]'
 */
export function createRedactor(initial: Iterable<string | undefined> = []) {
  const secrets = new Set<string>()
  const redactor = {
    /** Registers a secret (and its encodings); values under six characters are ignored. */
    add(secret: string | undefined): void {
      if (secret === undefined || secret.trim().length < MIN_SECRET_LENGTH) return
      const forms = [
        secret,
        secret.trim(),
        encodeURIComponent(secret),
        JSON.stringify(secret).slice(1, -1),
        Buffer.from(secret).toString('base64'),
        Buffer.from(secret).toString('base64url'),
      ]
      for (const form of forms) {
        if (form.length >= MIN_SECRET_LENGTH) secrets.add(form)
      }
      // A PEM key also travels line by line (a log line, a JSON string with \n escaped).
      if (secret.includes('\n')) {
        for (const line of secret.split('\n')) if (line.trim().length >= 24) secrets.add(line.trim())
      }
    },
    /** Registers `id:secret` as sent in an HTTP Basic header. */
    addBasic(id: string, secret: string): void {
      redactor.add(Buffer.from(`${id}:${secret}`).toString('base64'))
      redactor.add(Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64'))
    },
    redact(text: string): string {
      let result = text
      // Longest first, so that a secret containing another is replaced whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) result = result.split(secret).join('[redacted]')
      return result
    },
    /** Redacts every string inside a JSON-like value. */
    redactDeep<T>(value: T): T {
      return JSON.parse(redactor.redact(JSON.stringify(value) ?? 'null')) as T
    },
    get size(): number {
      return secrets.size
    },
  }
  for (const secret of initial) redactor.add(secret)
  return redactor
}

/** A redactor, as {@link createRedactor} returns it. */
export type Redactor = ReturnType<typeof createRedactor>
