import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** One code of our dictionary: what we answer Docplanner and what it shows the patient. */
export const WebhookErrorCode = z.strictObject({
  /** The `error_code` we answer; Docplanner looks up the registered message by it. */
  code: z.number().int().positive(),
  /** Our reason id, kebab-case; `decideBooking` returns it. */
  reason: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'reason is a kebab-case id'),
  /** Our choice within the 4xx family (Docplanner's page only asks for "4XX"). */
  status: z.number().int().min(400).max(499),
  /** The patient-facing message registered with Docplanner Integrations Support. */
  message: z.string().min(5),
})

/** The dictionary file. */
export const WebhookErrorCodeFile = z.strictObject({
  owner: z.string().min(10),
  locale: z.string().min(2),
  codes: z.array(WebhookErrorCode).min(1),
})

export type WebhookErrorCode = z.output<typeof WebhookErrorCode>

/** The default dictionary file, next to this module. */
export const ERROR_CODES_FILE = new URL('./error-codes.json', import.meta.url)

/**
 * Our booking webhook's error-code dictionary, read and validated once: codes and reasons unique.
 * A malformed file throws an error naming the file, the entry and the field.
 *
 * @example
 * const dictionary = loadErrorCodeDictionary()
 * dictionary.byReason('slot-no-longer-available') // { code: 1, status: 409, ... }
 */
export function loadErrorCodeDictionary(file: URL | string = ERROR_CODES_FILE): ErrorCodeDictionary {
  const where = typeof file === 'string' ? file : file.pathname
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`booking webhook dictionary ${where}: cannot be read as JSON (${(error as Error).message})`, { cause: error })
  }
  const parsed = WebhookErrorCodeFile.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`booking webhook dictionary ${where}: ${issue.path.join('.') || '(root)'} ${issue.message}`)
  }
  return new ErrorCodeDictionary(parsed.data.codes, where)
}

/**
 * The codes of our dictionary, looked up by reason or by code.
 *
 * @example
 * new ErrorCodeDictionary([{ code: 1, reason: 'slot-no-longer-available', status: 409, message: '…' }]).byCode(1)?.reason
 */
export class ErrorCodeDictionary {
  readonly codes: readonly WebhookErrorCode[]
  readonly #byReason = new Map<string, WebhookErrorCode>()
  readonly #byCode = new Map<number, WebhookErrorCode>()

  constructor(codes: readonly WebhookErrorCode[], where = 'the dictionary') {
    this.codes = codes
    for (const entry of codes) {
      if (this.#byCode.has(entry.code)) throw new Error(`booking webhook dictionary ${where}: code ${entry.code} is used by more than one entry`)
      if (this.#byReason.has(entry.reason)) throw new Error(`booking webhook dictionary ${where}: reason "${entry.reason}" is used by more than one entry`)
      this.#byCode.set(entry.code, entry)
      this.#byReason.set(entry.reason, entry)
    }
  }

  /** The entry for one of our reason ids, or undefined. */
  byReason(reason: string): WebhookErrorCode | undefined {
    return this.#byReason.get(reason)
  }

  /** The entry for an `error_code`, or undefined. */
  byCode(code: number): WebhookErrorCode | undefined {
    return this.#byCode.get(code)
  }
}
