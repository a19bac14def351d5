import type { CatalogFile } from '../../../providers/catalog/catalog-schema.ts'
import type { WebhookCatalogFile } from '../../../providers/docplanner/webhook-catalog.ts'

/** A catalog entry, of either catalog kind, reduced to what drift compares. */
export interface ComparableEntry {
  id: string
  direction: 'response' | 'webhook'
  status: number
  contentType: string
  body: unknown
  code: string | number | null
  message: string | null
  /** The catalog's quote of the page (used to find the error it documents). */
  quote: string
  /**
   * Values the page does not state: the catalog's `assumed` fields, and the fields its `reference`
   * backs with the API reference instead. Neither is drift while the page stays silent.
   */
  assumed: string[]
  /** Set when the entry is another source's reading of an error the page documents differently. */
  reading?: { from: string; source: string; at: string; says: string }
}

/**
 * The entries of a vendor's error catalog, ready to compare.
 *
 * @example
 * entriesOfCatalog(loadCatalog('plusauth'))[0]?.id // 'invalid-request'
 */
export function entriesOfCatalog(catalog: CatalogFile): ComparableEntry[] {
  return catalog.errors.map((entry) => ({
    id: entry.id,
    direction: 'response',
    status: entry.status,
    contentType: entry.contentType,
    body: entry.body,
    code: entry.code,
    message: entry.message,
    quote: entry.doc.quote,
    assumed: [...entry.assumed.map((assumption) => assumption.field), ...entry.reference.map((backing) => backing.field)],
    ...(entry.reading === undefined ? {} : { reading: entry.reading }),
  }))
}

/**
 * The entries of Docplanner's webhook catalog (our answers to Docplanner's calls), ready to compare.
 *
 * @example
 * entriesOfWebhookCatalog(loadWebhookCatalog())[0]?.direction // 'webhook'
 */
export function entriesOfWebhookCatalog(catalog: WebhookCatalogFile): ComparableEntry[] {
  return catalog.entries.map((entry) => ({
    id: entry.id,
    direction: 'webhook',
    status: entry.status,
    contentType: entry.contentType,
    body: entry.body,
    code: entry.code,
    message: null,
    quote: entry.doc.quote,
    assumed: entry.assumed.map((assumption) => assumption.field),
  }))
}

/**
 * Whether the catalog marks a field as assumed (not stated by the page). The code and the message
 * live in the body, so an assumed body makes them assumed too; so does an assumed body path that
 * holds a message.
 *
 * @example
 * isAssumed({ assumed: ['body'] } as ComparableEntry, 'code') // true
 */
export function isAssumed(entry: Pick<ComparableEntry, 'assumed'>, field: 'status' | 'contentType' | 'code' | 'message' | 'body'): boolean {
  const has = (name: string) => entry.assumed.includes(name)
  if (field === 'code') return has('code') || has('body')
  if (field === 'message') return has('message') || has('body') || entry.assumed.some((name) => /^body\..*(message|description)/i.test(name))
  return has(field)
}
