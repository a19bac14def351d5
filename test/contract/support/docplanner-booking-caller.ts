/** How Docplanner's booking flow ends after our webhook answered, as Docplanner documents it. */
export type DocplannerBookingOutcome =
  /** 2xx: the booking (or the move) goes through. */
  | { outcome: 'booked' }
  /** 4xx, `application/json`, `{"error_code": N}`: blocked, the patient sees the message registered for N. */
  | { outcome: 'blocked'; errorCode: number }
  /** Any other answer: blocked, with no custom message. */
  | { outcome: 'blocked'; errorCode: null }

/**
 * A test double of Docplanner's side of real-time booking: posts a `slot-booking` or
 * `booking-moving` notification to the integrator's webhook and reads the answer the way
 * Docplanner's pages say it does. It is the Pact consumer of the booking-webhook contract.
 *
 * @example
 * await postBookingNotification(`${mockServer.url}/webhooks/docplanner/booking`, notification) // { outcome: 'blocked', errorCode: 1 }
 * @see https://integrations.docplanner.com/guide/fundamentals/errors.html (Custom error messages)
 */
export async function postBookingNotification(webhookUrl: string, notification: unknown): Promise<DocplannerBookingOutcome> {
  const response = await fetch(webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(notification) })
  const text = await response.text()
  if (response.status >= 200 && response.status <= 299) return { outcome: 'booked' }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (response.status < 400 || response.status > 499 || mediaType !== 'application/json') return { outcome: 'blocked', errorCode: null }
  return { outcome: 'blocked', errorCode: errorCodeOf(text) }
}

function errorCodeOf(text: string): number | null {
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
    const code = (body as Record<string, unknown>).error_code
    return typeof code === 'number' && Number.isInteger(code) ? code : null
  } catch {
    return null
  }
}
