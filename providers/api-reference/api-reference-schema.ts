import { z } from 'zod'

/** Where a fact was read: a key of the file's `sources`, and the place inside that source. */
const Sourced = {
  /** A key of the file's `sources`. */
  source: z.string().min(1),
  /** Where inside the source: an OpenAPI path and method, a JSON pointer, a section heading, a line range. */
  at: z.string().min(3, 'say where in the source the fact is (3 characters at least)'),
}

/** The same, for facts that inherit their operation's source unless they name their own. */
const OptionallySourced = { source: Sourced.source.optional(), at: Sourced.at.optional() }

/** A date written as the API reference files write them: `2026-12-03`. */
const ReadDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-03')

/** One published source: a public page (`url`) or a file of a public repository at a commit. */
export const ReferenceSource = z
  .strictObject({
    /** What the source is, in our words. */
    title: z.string().min(3),
    url: z.url().optional(),
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'repo is owner/name')
      .optional(),
    path: z.string().min(1).optional(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/, 'commit is 40 hexadecimal digits')
      .optional(),
    licence: z.string().min(2).optional(),
    /** The day we read it. */
    read: ReadDate,
    note: z.string().optional(),
  })
  .refine((source) => source.url !== undefined || (source.repo !== undefined && source.path !== undefined && source.commit !== undefined), {
    message: 'a source needs a locator: url, or repo + path + commit',
  })

const ValueType = z.enum(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])

/** What the reference says about one body field, query parameter or path parameter. */
export const FieldRule = z.strictObject({
  type: z.union([ValueType, z.array(ValueType).min(1)]).optional(),
  required: z.boolean().optional(),
  nullable: z.boolean().optional(),
  format: z.enum(['date', 'date-time', 'email', 'uuid']).optional(),
  enum: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional(),
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(0).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  pattern: z.string().optional(),
  note: z.string().optional(),
  ...OptionallySourced,
})

const Method = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])

/** A request body as the reference describes it; field paths are dotted, array items `[]`. */
export const ReferenceBody = z.strictObject({
  contentType: z.string().min(3),
  fields: z.record(z.string().regex(/^[A-Za-z0-9_$-]+(\[\])*(\.[A-Za-z0-9_$-]+(\[\])*)*$/, 'a dotted field path, array items as []'), FieldRule),
  /** Whether fields the reference does not list are allowed (true also where it says nothing either way, with a note). */
  additionalFields: z.boolean(),
  /** Groups of fields of which at least one must be sent (`[["username", "email", "phone_number"]]`), by dotted path. */
  requireOneOf: z.array(z.array(z.string().min(1)).min(2)).optional(),
  note: z.string().optional(),
  ...OptionallySourced,
})

/** One operation of the vendor's API that the suite calls. */
export const ReferenceOperation = z.strictObject({
  /** The vendor's operationId where it has one, else our camelCase name. */
  id: z.string().min(2),
  method: Method,
  /** The path from the host root, parameters in braces: `/admin/v2/eoi/subscriber/{id}`. */
  path: z.string().startsWith('/'),
  pathParams: z.record(z.string(), FieldRule).default({}),
  /** Every query parameter the reference lists; `{}` means it lists none. */
  query: z.record(z.string(), FieldRule).default({}),
  body: ReferenceBody.optional(),
  /** The success status the reference states; absent where it states none (then any 2xx is taken, and `note` says so). */
  successStatus: z.number().int().min(200).max(299).optional(),
  errorStatuses: z.array(z.number().int().min(400).max(599)).optional(),
  /** Request headers the operation needs besides authorization. */
  headers: z.record(z.string(), z.string()).optional(),
  note: z.string().optional(),
  ...Sourced,
})

/** How a token is obtained and used. */
export const TokenFlow = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id is kebab-case'),
  /** Every token URL the sources name; templated hosts allowed (`https://{tenant}.plusauth.com/oauth2/token`). */
  tokenUrls: z.array(z.string().regex(/^https:\/\/[^/]+\/.*/, 'an absolute https URL')).min(1),
  method: Method,
  contentType: z.string().optional(),
  grantType: z.string().optional(),
  clientAuth: z.enum(['basic-header', 'form-body', 'jwt-assertion', 'path', 'none']),
  params: z.strictObject({ required: z.array(z.string()), optional: z.array(z.string()).default([]) }).optional(),
  audience: z.strictObject({ value: z.string(), in: z.enum(['form-param', 'jwt-claim']), note: z.string().optional() }).optional(),
  scopes: z
    .strictObject({ value: z.array(z.string()), in: z.enum(['form-param', 'jwt-claim']), claim: z.string().optional(), note: z.string().optional() })
    .optional(),
  jwtClaims: z.strictObject({ required: z.array(z.string()), values: z.record(z.string(), z.string()).default({}), note: z.string().optional() }).optional(),
  responseFields: z.array(z.string()).optional(),
  lifetimeSeconds: z.number().int().positive().optional(),
  apiAuthorization: z.string().optional(),
  note: z.string().optional(),
  ...Sourced,
})

/** An error body the reference documents beyond the error page: recorded, never contracted from here. */
export const ReferenceErrorShape = z.strictObject({
  operation: z.string().optional(),
  status: z.number().int().min(400).max(599).optional(),
  contentType: z.string().optional(),
  example: z.json().optional(),
  note: z.string().optional(),
  ...Sourced,
})

/** Two sources that disagree, each reading with its source. */
export const Contradiction = z.strictObject({
  about: z.string().min(5),
  readings: z.array(z.strictObject({ says: z.string().min(3), ...Sourced })).min(2),
  note: z.string().optional(),
})

/** A vendor host, as the reference names it. */
export const ReferenceHost = z.strictObject({ name: z.string().min(2), baseUrl: z.string().min(8), note: z.string().optional(), ...Sourced })

/** One vendor's `api-reference.json`. */
export const ApiReferenceFile = z.strictObject({
  $comment: z.string().optional(),
  vendor: z.string(),
  read: ReadDate,
  sources: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source keys are kebab-case'), ReferenceSource),
  hosts: z.array(ReferenceHost).default([]),
  tokenFlows: z.array(TokenFlow).default([]),
  operations: z.array(ReferenceOperation).min(1),
  errorShapes: z.array(ReferenceErrorShape).default([]),
  contradictions: z.array(Contradiction).default([]),
  note: z.string().optional(),
})

export type FieldRule = z.output<typeof FieldRule>
export type ReferenceOperation = z.output<typeof ReferenceOperation>
export type TokenFlow = z.output<typeof TokenFlow>
export type ApiReferenceFile = z.output<typeof ApiReferenceFile>
