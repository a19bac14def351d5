import { entriesOfWebhookCatalog } from '../../scripts/lib/drift/comparable-entry.ts'
import type { ExtraCatalogs } from '../../scripts/lib/drift/catalog-entries.ts'
import { loadWebhookCatalog } from './webhook-catalog.ts'

/**
 * Docplanner's error page also documents the answer our booking webhook gives Docplanner, so drift
 * compares the page with the webhook catalog too.
 *
 * @example
 * extraCatalogs(PROJECT_ROOT)[0]?.direction // 'webhook'
 */
export const extraCatalogs: ExtraCatalogs = (root) => entriesOfWebhookCatalog(loadWebhookCatalog(root))
