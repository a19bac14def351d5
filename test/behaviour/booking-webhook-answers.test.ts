import { describe, expect, it } from 'vitest'
import { loadErrorCodeDictionary } from '../../consumers/docplanner/booking-webhook/error-code-dictionary.ts'
import { bookingMovingNotification, slotBookingNotification } from '../contract/support/booking-webhook-scenarios.ts'
import { postBookingNotification } from '../contract/support/docplanner-booking-caller.ts'
import { replay, type ScenarioName } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'

/**
 * Our booking webhook's contracted answers, replayed the other way round: a double of Docplanner
 * posts its notification, the replay answers as our webhook promised, and the double reads the
 * answer the way Docplanner documents it. Each reason of our dictionary must block the booking
 * with its own registered code (so the patient sees our message); the free slots must book.
 */
const server = useReplayServer()
const WEBHOOK_URL = 'https://clinic.example/webhooks/docplanner/booking'
const dictionary = loadErrorCodeDictionary()

type WebhookScenario = ScenarioName<'booking-webhook'>

/** The contract scenario in which our webhook answers each reason of the dictionary. */
const BLOCKED_BY_REASON: Readonly<Record<string, { scenario: WebhookScenario; notification: () => Record<string, unknown> }>> = {
  'slot-no-longer-available': { scenario: 'a slot-booking for a slot that was taken meanwhile', notification: slotBookingNotification },
  'service-not-offered': { scenario: 'a slot-booking for a visit type the doctor does not offer', notification: slotBookingNotification },
  'patient-already-booked': { scenario: 'a slot-booking by a patient who already has a visit at that time', notification: slotBookingNotification },
  'booking-not-found': { scenario: 'a booking-moving for a booking we do not know', notification: () => bookingMovingNotification('99999999') },
  'request-not-understood': {
    scenario: 'a slot-booking without the slot it is about',
    notification: () => ({ name: 'slot-booking', created_at: '2024-12-02T10:00:00+01:00', data: {} }),
  },
}

describe('booking webhook answers, as Docplanner reads them', () => {
  it.each(dictionary.codes.map((entry) => [entry.reason, entry.code] as const))(
    '"%s" blocks the booking with code %i, whose message the patient sees',
    async (reason, code) => {
      const blocked = BLOCKED_BY_REASON[reason]
      expect(blocked, `no contract scenario answers the dictionary reason "${reason}"`).toBeDefined()
      server.use(replay('booking-webhook', blocked!.scenario))
      const outcome = await postBookingNotification(WEBHOOK_URL, blocked!.notification())
      expect(outcome).toEqual({ outcome: 'blocked', errorCode: code })
      expect(dictionary.byCode(code)?.reason).toBe(reason)
    },
  )

  it.each([
    ['a slot-booking for a free slot', slotBookingNotification],
    ['a booking-moving of an existing booking to a free slot', () => bookingMovingNotification()],
  ] as const)('"%s" lets the booking through', async (scenario, notification) => {
    server.use(replay('booking-webhook', scenario))
    expect(await postBookingNotification(WEBHOOK_URL, notification())).toEqual({ outcome: 'booked' })
  })
})
