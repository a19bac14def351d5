import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBookingAttempt } from './booking-attempt.ts'
import { BLOCKING_RULES, decideBooking, type Availability } from './booking-decision.ts'
import { loadErrorCodeDictionary, type ErrorCodeDictionary } from './error-code-dictionary.ts'

/** What the booking webhook needs: our booking system's answers, and optionally another dictionary. */
export interface BookingWebhookOptions {
  availability: Availability
  /** Defaults to `error-codes.json` next to this module. */
  dictionary?: ErrorCodeDictionary | undefined
  /** Largest request body read, in bytes (default 64 KiB); a notification is a few hundred bytes. */
  maxBodyBytes?: number | undefined
  /** Told about failures of ours (a throwing availability question); never about refusals. */
  onError?: ((error: unknown) => void) | undefined
}

/** The reason we answer when the request is not a notification we can decide on. */
export const REQUEST_NOT_UNDERSTOOD = 'request-not-understood'

/** The content type Docplanner needs on a 4xx to show the patient the registered message. */
const ERROR_CONTENT_TYPE = 'application/json'

/**
 * A node:http request handler for Docplanner's real-time booking calls (`slot-booking`,
 * `booking-moving`). It decides each attempt ({@link decideBooking}) and answers 204 to let it
 * through, or a 4xx with `Content-Type: application/json` and `{"error_code": N}` from our
 * dictionary to block it. A failure of ours (an availability question throws) answers 503 with
 * no code: Docplanner blocks the booking with its generic message, which is the safe side.
 *
 * @example
 * createServer(createBookingWebhookHandler({ availability: { isSlotFree: (attempt) => calendar.isFree(attempt.doctorId, attempt.start) } }))
 * @see https://integrations.docplanner.com/guide/fundamentals/errors.html (Custom error messages)
 */
export function createBookingWebhookHandler(options: BookingWebhookOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const dictionary = options.dictionary ?? loadErrorCodeDictionary()
  for (const reason of [REQUEST_NOT_UNDERSTOOD, ...BLOCKING_RULES.map((rule) => rule.reason)]) {
    if (!dictionary.byReason(reason)) throw new Error(`booking webhook: the error-code dictionary has no entry for reason "${reason}"`)
  }
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024

  const block = (response: ServerResponse, reason: string): void => {
    const entry = dictionary.byReason(reason)!
    answer(response, entry.status, { error_code: entry.code })
  }

  return (request, response) => {
    if (request.method !== 'POST') return void answer(response, 405, undefined, { Allow: 'POST' })
    readBody(request, maxBodyBytes).then(
      async (text) => {
        const attempt = text === undefined ? null : readBookingAttempt(parseJson(text))
        if (attempt === null) return block(response, REQUEST_NOT_UNDERSTOOD)
        let reason: string | null
        try {
          reason = await decideBooking(attempt, options.availability)
        } catch (error) {
          options.onError?.(error)
          return answer(response, 503)
        }
        if (reason === null) return answer(response, 204)
        block(response, reason)
      },
      (error: unknown) => {
        options.onError?.(error)
        answer(response, 400)
      },
    )
  }
}

function answer(response: ServerResponse, status: number, body?: { error_code: number }, headers: Record<string, string> = {}): void {
  if (response.headersSent) return
  if (body === undefined) {
    response.writeHead(status, headers).end()
    return
  }
  const text = JSON.stringify(body)
  response.writeHead(status, { ...headers, 'Content-Type': ERROR_CONTENT_TYPE, 'Content-Length': String(Buffer.byteLength(text)) }).end(text)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The body as text, or undefined when it is larger than the limit. Rejects on a broken connection. */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
