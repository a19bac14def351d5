import { docplannerErrorList, type DoctorAddress, type DocplannerClient } from 'vendor-error-contracts/docplanner'
import { isVendorError } from 'vendor-error-contracts/errors'

/** Opening hours a receptionist types into our form. */
export interface OpeningHours {
  start: string
  end: string
  serviceId: string
  minutes: number
}

/** What the form shows after saving: done, or what Docplanner refused, in words for the receptionist. */
export type PublishResult = { published: true } | { published: false; problems: string[]; message: string }

/**
 * Publishes opening hours as Docplanner slots. A validation error becomes a message for the person
 * who filled in the form; any other failure is thrown to the caller.
 *
 * @example
 * const result = await publishOpeningHours(docplanner, address, { start, end, serviceId: '55555', minutes: 30 })
 * if (!result.published) form.showError(result.message)
 */
export async function publishOpeningHours(docplanner: DocplannerClient, address: DoctorAddress, hours: OpeningHours): Promise<PublishResult> {
  const slots = [{ start: hours.start, end: hours.end, address_services: [{ address_service_id: hours.serviceId, duration: hours.minutes }] }]
  try {
    await docplanner.replaceSlots({ ...address, request: { slots } })
    return { published: true }
  } catch (error) {
    if (!isVendorError(error) || error.kind !== 'validation') throw error
    const problems = docplannerErrorList(error.data)
    const shown = problems.length > 0 ? problems : [error.vendorMessage ?? 'the opening hours were refused']
    return { published: false, problems: shown, message: `Docplanner did not accept the opening hours: ${shown.join('; ')}` }
  }
}
