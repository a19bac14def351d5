import { describe, expect, it } from 'vitest'
import { isVendorError } from '../../../consumers/errors/vendor-error.ts'
import { replay, type ScenarioName } from '../../../consumers/replay/replay.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { useReplayServer } from '../../support/replay/replay-server.ts'
import type { ReplayedVendor } from './behaviour-cases.ts'
import { provoke, rejection } from './provoke.ts'

/**
 * Replays each of a vendor's documented errors (drafts included) to its real client and checks the
 * typed error it raises: its status, code, kind and message as the catalog has them. A vendor
 * started by `npm run new-vendor` has this as its behaviour test, so every interaction is served by
 * a unit test from the start; its quirks get tests of their own beside it.
 *
 * @example
 * describeDocumentedErrors('acme') // in test/behaviour/acme-documented-errors.test.ts
 */
export function describeDocumentedErrors(vendor: VendorId): void {
  const server = useReplayServer()
  const entries = loadCatalog(vendor).errors

  describe(`the ${vendor} client on each documented error`, () => {
    it.each(entries.map((entry) => [entry.id, entry] as const))('raises the typed error the catalog documents for %s', async (id, entry) => {
      server.use(replay(vendor as ReplayedVendor, id as ScenarioName<ReplayedVendor>))
      const error = await rejection(provoke(vendor, id))
      expect(isVendorError(error) && { status: error.status, code: error.code, kind: error.kind, message: error.vendorMessage ?? null }, String(error)).toEqual(
        {
          status: entry.status,
          code: entry.code,
          kind: entry.kind,
          message: entry.message,
        },
      )
    })
  })
}
