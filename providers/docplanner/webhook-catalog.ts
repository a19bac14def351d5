import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { PROJECT_ROOT } from '../catalog/project-root.ts'

/** One answer of ours that Docplanner's page documents understanding. */
export const WebhookCatalogEntry = z.strictObject({
  /** A stable id in the vendor's words: `custom-error-message`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id is kebab-case in the vendor words'),
  status: z.number().int().min(400).max(499),
  contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'contentType is a media type like application/json'),
  body: z.record(z.string(), z.unknown()),
  /** The `error_code` of the documented example. */
  code: z.number().int(),
  doc: z.strictObject({ snapshot: z.string().min(1), quote: z.string().min(3) }),
  assumed: z.array(z.strictObject({ field: z.string().min(1), reason: z.string().min(10) })),
})

/** `providers/docplanner/webhook-catalog.json`: the other direction, where Docplanner is the consumer. */
export const WebhookCatalogFile = z.strictObject({
  vendor: z.literal('docplanner'),
  page: z.url(),
  direction: z.string().min(10),
  consumer: z.string().min(1),
  provider: z.string().min(1),
  entries: z.array(WebhookCatalogEntry).min(1),
})

export type WebhookCatalogFile = z.output<typeof WebhookCatalogFile>

/** The webhook catalog's path, relative to the project root. */
export const WEBHOOK_CATALOG_PATH = 'providers/docplanner/webhook-catalog.json'

/**
 * Reads and validates Docplanner's webhook catalog; every quote must appear in its snapshot
 * (whitespace-insensitive). Problems throw an error naming the file, entry and field.
 *
 * @example
 * loadWebhookCatalog().entries[0]?.body // { error_code: 1 }
 */
export function loadWebhookCatalog(root: string = PROJECT_ROOT): WebhookCatalogFile {
  const fail = (problem: string) => new Error(`${WEBHOOK_CATALOG_PATH} (docplanner): ${problem}`)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(join(root, WEBHOOK_CATALOG_PATH), 'utf8'))
  } catch (error) {
    throw fail(`cannot be read as JSON (${(error as Error).message})`)
  }
  const parsed = WebhookCatalogFile.safeParse(raw)
  if (!parsed.success) throw fail(`${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`)
  for (const entry of parsed.data.entries) {
    let snapshot: string
    try {
      snapshot = normalizeSpace(readFileSync(join(root, entry.doc.snapshot), 'utf8'))
    } catch {
      throw fail(`entry ${entry.id}, doc.snapshot: ${entry.doc.snapshot} cannot be read`)
    }
    if (!snapshot.includes(normalizeSpace(entry.doc.quote))) throw fail(`entry ${entry.id}, doc.quote: is not found in ${entry.doc.snapshot}`)
  }
  return parsed.data
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
