import type { DocplannerClient } from 'vendor-error-contracts/docplanner'
import { withRetry, type RetryOptions } from 'vendor-error-contracts/retry'

/** A clinic as our application lists it. */
export interface Clinic {
  id: string
  name: string
}

/**
 * The clinics Docplanner has assigned to us, retried when Docplanner is briefly unavailable (5xx,
 * 429); an expired token is refreshed by the client itself.
 *
 * @example
 * const clinics = await listClinics(new DocplannerClient({ baseUrl, clientId, clientSecret }))
 */
export async function listClinics(docplanner: DocplannerClient, retry: RetryOptions = {}): Promise<Clinic[]> {
  const answer = (await withRetry(() => docplanner.listFacilities(), retry)) as { _items?: Array<{ id: string | number; name: string }> } | undefined
  return (answer?._items ?? []).map((facility) => ({ id: String(facility.id), name: facility.name }))
}
