import type { z } from 'zod'
import type { DocPageData } from '../../../providers/doc-pages/doc-page-data.ts'
import type { DraftEntry } from './draft-entries.ts'
import type { DriftPlan } from './drift-plan.ts'
import type { BodyPath } from './envelope-paths.ts'
import type { VendorNames } from './vendor-names.ts'

/** Everything `npm run new-vendor` decided about a new vendor, from which every file is written. */
export interface VendorPlan {
  names: VendorNames
  /** The Pact consumer: our integration with the vendor. */
  consumer: string
  /** The placeholder API host (`https://api.<id>.invalid`), until the vendor's reference gives its own. */
  host: string
  /** The page as `providers/doc-snapshots/<id>.txt` and `providers/<id>/doc-page.html`. */
  page: { text: string; html: string }
  /** `providers/<id>/doc-page.json` as written (its address, capture format and how the kit reads it). */
  docPage: z.input<typeof DocPageData>
  catalog: { vendor: string; page: string; consumer: string; errors: DraftEntry[] }
  /** Where the client's envelope parser reads the code and message, and the error content type. */
  envelope: { code: BodyPath | undefined; message: BodyPath | undefined; contentType: string; example: unknown }
  drift: DriftPlan
  /** The day the page was read (`YYYY-MM-DD`). */
  today: string
}
