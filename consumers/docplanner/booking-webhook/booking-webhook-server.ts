import { createServer, type Server } from 'node:http'
import { createBookingWebhookHandler, type BookingWebhookOptions } from './booking-webhook-handler.ts'

/** The path we registered with Docplanner for real-time booking calls (our choice). */
export const BOOKING_WEBHOOK_PATH = '/webhooks/docplanner/booking'

/**
 * A node:http server that serves the booking webhook at {@link BOOKING_WEBHOOK_PATH} (or `path`)
 * and answers 404 elsewhere. It is not listening yet: call `listen` with the address to use.
 *
 * @example
 * const server = createBookingWebhookServer({ availability: { isSlotFree: () => true } })
 * server.listen(0, '127.0.0.1')
 */
export function createBookingWebhookServer(options: BookingWebhookOptions & { path?: string | undefined }): Server {
  const handle = createBookingWebhookHandler(options)
  const path = options.path ?? BOOKING_WEBHOOK_PATH
  return createServer((request, response) => {
    const requestPath = (request.url ?? '').split('?')[0]
    if (requestPath !== path) return void response.writeHead(404).end()
    handle(request, response)
  })
}
