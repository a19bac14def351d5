import { HTTPResponseStatusClass, MatchersV3, PactV4 } from '@pact-foundation/pact'
import { describe, expect, it } from 'vitest'
import { BOOKING_WEBHOOK_PATH } from '../../consumers/docplanner/booking-webhook/booking-webhook-server.ts'
import { loadErrorCodeDictionary } from '../../consumers/docplanner/booking-webhook/error-code-dictionary.ts'
import { loadWebhookCatalog } from '../../providers/docplanner/webhook-catalog.ts'
import { ACCEPTING_SCENARIOS, BLOCKING_SCENARIOS, type BookingWebhookScenario } from './support/booking-webhook-scenarios.ts'
import { contractsOutDir } from './support/contracts-dir.ts'
import { postBookingNotification } from './support/docplanner-booking-caller.ts'
import { runSettled } from './support/settle-mock-server.ts'

const catalog = loadWebhookCatalog()
const dictionary = loadErrorCodeDictionary()
const pact = new PactV4({ consumer: catalog.consumer, provider: catalog.provider, dir: contractsOutDir(), logLevel: 'error' })
/** The content type Docplanner's page requires on a blocking answer. */
const blockingContentType = catalog.entries[0]!.contentType

function request(scenario: BookingWebhookScenario) {
  const start = scenario.state ? pact.addInteraction().given(scenario.state.name, scenario.state.params) : pact.addInteraction()
  return start.uponReceiving(scenario.description).withRequest('POST', BOOKING_WEBHOOK_PATH, (builder) => {
    builder.headers({ 'Content-Type': 'application/json' })
    builder.jsonBody(scenario.notification)
  })
}

describe('Docplanner calling our booking webhook', () => {
  for (const entry of dictionary.codes) {
    it(`is blocked with error_code ${entry.code} (${entry.reason})`, async () => {
      const scenario = BLOCKING_SCENARIOS[entry.reason]
      expect(scenario, `no booking-webhook scenario for dictionary reason "${entry.reason}"`).toBeDefined()
      const interaction = request(scenario!).willRespondWith(entry.status, (builder) => {
        // Pinned exactly: the page names `Content-Type: application/json`, not a media-type family.
        builder.headers({ 'Content-Type': blockingContentType })
        builder.jsonBody({ error_code: entry.code })
      })
      await interaction.executeTest((mockServer) =>
        runSettled(mockServer, async () => {
          const outcome = await postBookingNotification(`${mockServer.url}${BOOKING_WEBHOOK_PATH}`, scenario!.notification)
          expect(outcome).toEqual({ outcome: 'blocked', errorCode: entry.code })
        }),
      )
    })
  }

  for (const scenario of ACCEPTING_SCENARIOS) {
    it(`books after any 2xx answer to ${scenario.description}`, async () => {
      const interaction = request(scenario).willRespondWith(MatchersV3.matchStatus(204, HTTPResponseStatusClass.Success))
      await interaction.executeTest((mockServer) =>
        runSettled(mockServer, async () => {
          const outcome = await postBookingNotification(`${mockServer.url}${BOOKING_WEBHOOK_PATH}`, scenario.notification)
          expect(outcome).toEqual({ outcome: 'booked' })
        }),
      )
    })
  }

  it('covers the answer the page documents, {"error_code": 1} as application/json', () => {
    for (const documented of catalog.entries) {
      expect(dictionary.byCode(documented.code), `the page's example error_code ${documented.code} is not in our dictionary`).toBeDefined()
      expect(documented.body).toEqual({ error_code: documented.code })
      expect(dictionary.byCode(documented.code)?.status, 'our dictionary answers the status the webhook catalog assumes').toBe(documented.status)
    }
  })
})
