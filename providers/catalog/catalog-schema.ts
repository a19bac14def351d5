import { z } from 'zod'
import { ERROR_KINDS } from '../../consumers/errors/error-kind.ts'

/**
 * A JSON value as written in a doc example. zod's own `z.json()`: a hand-written recursive
 * `z.lazy` union costs the type checker over a second on its own.
 */
const Json = z.json()

/**
 * What a verification run found about an assumption, written by `npm run assumptions -- --record`:
 * `refuted` (a mismatch fell on the assumed field; `actual` is what the vendor answered, redacted)
 * or `confirmed` (an interaction resting on it was verified against a real sandbox).
 */
export const AssumptionVerdict = z.strictObject({
  verdict: z.enum(['confirmed', 'refuted']),
  /** The target verified against, without credentials. */
  target: z.string().min(1),
  /** When the run that found it started (ISO 8601). */
  checkedAt: z.iso.datetime({ offset: true }),
  /** What the vendor answered, when it refuted the assumption. */
  actual: z.string().optional(),
})

/** A value the doc does not state, recorded with why we chose it. */
export const Assumption = z.strictObject({
  /** What was assumed: `status`, `contentType`, `body`, `body.<path>`, `request`, `headers.<name>`. */
  field: z.string().min(1),
  reason: z.string().min(10, 'say why the value was assumed (10 characters at least)'),
  /** The last verdict recorded from a verification run; absent while none was. */
  verdict: AssumptionVerdict.optional(),
})

/** The request that makes the vendor's real API answer with this error. */
export const CatalogRequest = z.strictObject({
  /** The typed client operation that sends it (a method of the vendor's client). */
  operation: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'operation is a client method name in camelCase'),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  /** Path under the vendor's base URL, with the example values filled in. */
  path: z.string().startsWith('/'),
  /** Query parameters the request sends, with example values. */
  query: z.record(z.string(), z.string()).default({}),
  /** The JSON request body, when the request sends one (form bodies with credentials are never recorded). */
  body: Json.optional(),
  /** Arguments for the client operation. */
  args: z.record(z.string(), Json).default({}),
  /** How the request is sent: with a valid token, an expired one, none, or the wrong scheme. */
  credentials: z.enum(['valid', 'expired', 'none', 'basic-scheme', 'client-credentials']).default('valid'),
  /** What makes the request fail, in words. */
  trigger: z.string().min(5),
  /**
   * The one rule of the vendor's API reference this request breaks on purpose, in the
   * conformance check's words (`route`, `method`, `required:body.subscriber.first_name`,
   * `format:body.slots[].start`). Absent when the request is one the vendor accepts and the error
   * comes from state or credentials.
   */
  /**
   * Why no operation of the vendor's API reference can send this request or produce this error
   * (a route it does not have, a status it does not list for the operation). Such an entry is a
   * Pact pending interaction: the request is our assumption, not the vendor's.
   */
  outsideReference: z.string().min(10, 'say why no operation of the API reference fits (10 characters at least)').optional(),
  breaks: z
    .string()
    .regex(/^(route|method|[a-zA-Z-]+:(body|query|path)(\.[^\s]+)?)$/, 'breaks names one rule, like required:body.name')
    .optional(),
})

/** A provider state: a parameterised sentence in the vendor's terms, plus its parameter values. */
export const CatalogState = z.strictObject({
  name: z.string().min(5),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
})

/** Where the doc says it. */
export const DocReference = z.strictObject({
  /** The snapshot file, relative to the project root. */
  snapshot: z.string().min(1),
  /** A line of the snapshot, quoted exactly (whitespace-insensitive). */
  quote: z.string().min(3),
})

/** A contracted value backed by the vendor's API reference rather than the error page. */
export const ReferenceBacking = z.strictObject({
  /** What it backs: `status`, `contentType`, `headers.<name>`, `body`, `body.<path>`. */
  field: z.string().min(1),
  /** A key of the vendor's `api-reference.json` sources. */
  source: z.string().min(1),
  /** Where in that source. */
  at: z.string().min(3),
})

/** An entry that records another source's reading of an error the page documents differently. */
export const OtherReading = z.strictObject({
  /** Which witness says it: for now, the vendor's API reference. */
  from: z.literal('api-reference'),
  /** A key of the vendor's `api-reference.json` sources. */
  source: z.string().min(1),
  at: z.string().min(3),
  /** What that source says, in our words, against what the page says. */
  says: z.string().min(10),
})

/** One documented error response. */
export const CatalogEntry = z.strictObject({
  /** A stable id in the vendor's words, kebab-case: `employee-not-found`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id is kebab-case in the vendor words'),
  status: z.number().int().min(400).max(599),
  contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'contentType is a media type like application/json'),
  /** Response headers the doc promises (e.g. rate-limit headers), with example values. */
  headers: z.record(z.string(), z.string()).default({}),
  /** The response body as documented (or as assumed, then listed in `assumed`). */
  body: Json,
  /** The vendor's error code or name as documented, or null where the vendor has none. */
  code: z.union([z.string(), z.number(), z.null()]),
  /** The documented message, or null. */
  message: z.string().nullable(),
  /** How a client should classify it. */
  kind: z.enum(ERROR_KINDS),
  /** Body paths the doc promises stay the same (pinned exactly in contracts). */
  stable: z.array(z.string()),
  /** Body paths the doc says may vary (matched by type in contracts). */
  varies: z.array(z.string()),
  request: CatalogRequest,
  state: CatalogState.nullable(),
  doc: DocReference,
  assumed: z.array(Assumption),
  /** Contracted values the API reference backs (everything not listed here or in `assumed` is the page's). */
  reference: z.array(ReferenceBacking).default([]),
  /** Set when this entry is the API reference's reading of an error the page documents differently (then `pending`). */
  reading: OtherReading.optional(),
  /**
   * Why this interaction is a Pact *pending* interaction: the doc contradicts itself and this entry
   * records the reading we do not expect. Verification reports it, but its mismatch fails no build.
   */
  pending: z.string().min(10, 'say why the entry is pending (10 characters at least)').optional(),
  /**
   * Set while the entry is a draft: written by `npm run new-vendor` from the error page alone, and not
   * yet reviewed by a person; the reason says what is left to review. A draft is contracted as a Pact
   * pending interaction (marked `draft` in the pact file's comments) and reported as a draft, until a
   * person reviews it and removes the field.
   */
  draft: z.string().min(10, 'say why the entry is a draft and what is left to review (10 characters at least)').optional(),
})

/** One vendor's catalog file. */
export const CatalogFile = z.strictObject({
  vendor: z.string(),
  /** The vendor's error page. */
  page: z.url(),
  /** The Pact consumer name for contracts against this vendor. */
  consumer: z.string().min(1),
  errors: z.array(CatalogEntry).min(1),
})

export type CatalogEntry = z.output<typeof CatalogEntry>
export type AssumptionVerdict = z.output<typeof AssumptionVerdict>
export type CatalogFile = z.output<typeof CatalogFile>
